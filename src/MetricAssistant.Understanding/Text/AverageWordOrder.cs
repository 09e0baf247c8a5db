using System.Text.RegularExpressions;

namespace MetricAssistant.Understanding.Text;

/// <summary>
/// "每个店员平均卖了多少", "一个访客平均下几单": 平均 said after the unit it is per is read as said before it ("平均每个店员"),
/// the order the readers of "per" know. The same characters in another order, so every position after them is kept.
/// </summary>
public static partial class AverageWordOrder
{
    // 每个 / 一个 / 每位 / 一名 … + a noun of one to three characters + 平均 (not 平均数 / 平均值, which are nouns). Not a
    // period ("每个月的平均在岗人数" is each month's figure, not an average per month) and no 的 between.
    [GeneratedRegex(@"(每|一)(个|位|名)(?![月天日周年季])([\u4e00-\u9fff-[的]]{1,3}?)平均(?![数值])")]
    private static partial Regex UnitThenAverage();

    public static string Normalize(string text) =>
        text.Contains("平均", StringComparison.Ordinal) ? UnitThenAverage().Replace(text, m => "平均" + m.Groups[1].Value + m.Groups[2].Value + m.Groups[3].Value) : text;
}
