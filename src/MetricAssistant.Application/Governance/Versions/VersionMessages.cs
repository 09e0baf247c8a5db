using MetricAssistant.Application.Contracts;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Governance.Versions;

/// <summary>What the answers and errors about versions say, in the asker's language (one place for both).</summary>
public static class VersionMessages
{
    /// <summary>"“支付GMV”按v2口径计算（当前为v3）。" / "Computed with version 2 of GMV (paid); the current version is 3."</summary>
    public static string Pinned(AppliedPin pin, bool zh) => zh
        ? $"“{pin.Name.Zh}”按v{pin.Version}口径计算（当前为v{pin.CurrentVersion}）。"
        : $"Computed with version {pin.Version} of {pin.Name.En}; the current version is {pin.CurrentVersion}.";

    public static string UnknownVersion(MetricDefinition metric, int version, IReadOnlyList<int> versions, int current, bool zh) => zh
        ? $"“{metric.Name.Zh}”（{metric.Id}）没有v{version}；现有版本：{string.Join("、", versions.Select(v => $"v{v}"))}（当前为v{current}）。"
        : $"{metric.Name.En} ({metric.Id}) has no version {version}; its versions are {string.Join(", ", versions)} (current: {current}).";

    public static string UnknownMetric(string id, IReadOnlyList<string> near, bool zh) => zh
        ? $"指定版本的指标“{Clip(id)}”不在目录中。{(near.Count > 0 ? $"您是否指：{string.Join("、", near)}？" : "")}"
        : $"The pinned metric '{Clip(id)}' is not in the catalog.{(near.Count > 0 ? $" Did you mean {string.Join(" or ", near)}?" : "")}";

    public static string Unused(MetricDefinition metric, bool zh) => zh
        ? $"指定了“{metric.Name.Zh}”（{metric.Id}）的版本，但本次查询没有用到它。"
        : $"A version of {metric.Name.En} ({metric.Id}) is pinned, but this query does not use it.";

    public static string Conflicting(string id, bool zh) => zh
        ? $"“{Clip(id)}”被指定了不同的版本；每个指标只能指定一个版本。"
        : $"'{Clip(id)}' is pinned to more than one version; pin each metric once.";

    public static string Unloadable(string id, int version, string problem, bool zh) => zh
        ? $"{id}的v{version}与当前目录不再兼容，无法计算：{problem}"
        : $"Version {version} of {id} no longer fits today's catalog and cannot be computed: {problem}";

    public static LocalizedText Reference(string id, string window, TimeRangeDto range) => new(
        $"参考查询：{id}，默认时间窗口（{Window(window, "zh")}，{range.Start} 至 {range.End}，不含结束日），不拆分、不筛选、不加任何人的行级权限；两个版本用同一查询编译。",
        $"Reference query: {id} over its default window ({Window(window, "en")}, {range.Start} to {range.End}, end exclusive), no split, no filter, no one's row rules; the same query compiled under each version.");

    private static string Window(string window, string language) => MetricAssistant.Understanding.Windows.DefaultWindows.Describe(window, language);

    private static string Clip(string id) => id.Length > 100 ? id[..100] + "…" : id;
}
