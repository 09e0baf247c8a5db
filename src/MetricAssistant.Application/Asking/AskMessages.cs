using MetricAssistant.Application.Answers;
using MetricAssistant.Application.Formatting;
using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding;
using MetricAssistant.Understanding.Windows;

namespace MetricAssistant.Application.Asking;

/// <summary>What an answer says about the choices made for the asker, in the question's language.</summary>
public static class AskMessages
{
    /// <summary>
    /// The notices' sentences, for after the answer's own message: what the answer stands on (the previous
    /// question, the asker's scope) first, then the choices made in reading the question, in their order.
    /// </summary>
    /// <param name="answered">The metrics the answer was computed with: the note about the company standard speaks of the
    /// metric used, so a standard chosen in reading and then replaced (a definition ruled out, a variant described) says nothing.</param>
    public static IReadOnlyList<string> Notices(SemanticCatalog catalog, IEnumerable<Notice> notices, bool zh, IReadOnlyCollection<string>? answered = null) =>
        notices.Where(n => answered is null || n is not OfficialChosen chosen || answered.Contains(chosen.MetricId))
            .OrderBy(n => n switch { FollowedUpOn => 0, ScopeApplied => 1, _ => 2 })
            .Select(n => Notice(catalog, n, zh)).OfType<string>().ToArray();

    /// <summary>Notices that are also warnings: the answer is not exactly what was asked.</summary>
    public static bool IsWarning(Notice notice) => notice is AnsweredByReplacement or PeriodEndNotApplicable or NotUnderstood or NotInCatalog;

    /// <summary>One notice's sentence, or null for a notice the answer does not state in words.</summary>
    public static string? Notice(SemanticCatalog catalog, Notice notice, bool zh)
    {
        switch (notice)
        {
            case DefaultWindowUsed used:
                return zh ? $"（未指定时间，按默认的{DefaultWindows.Describe(used.Window, "zh")}）" : $"(No period given: the default, {DefaultWindows.Describe(used.Window, "en")}.)";
            case OfficialChosen chosen when catalog.FindMetric(chosen.MetricId) is { Family: { } family } official:
                var variants = catalog.Families.Of(family).Where(m => m.Id != official.Id && m.IsPublished).Select(m => m.Name.For(zh ? "zh" : "en")).ToArray();
                if (variants.Length == 0) return null;
                return zh
                    ? $"按公司标准口径“{official.Name.Zh}”（{official.Owner.Zh}）计算；其他口径：{string.Join("、", variants)}。"
                    : $"Computed with the company standard, {official.Name.En} ({official.Owner.En}); other definitions: {string.Join(", ", variants)}.";
            case AnsweredByReplacement replaced when catalog.FindMetric(replaced.DeprecatedId) is { } old && catalog.FindMetric(replaced.ReplacementId) is { } next:
                return zh
                    ? $"“{old.Name.Zh}”已停用，已按替代指标“{next.Name.Zh}”回答。"
                    : $"'{old.Name.En}' is deprecated; answered with its replacement, {next.Name.En}.";
            case PeriodEndNotApplicable end when catalog.FindMetric(end.MetricId) is { } flow:
                return zh
                    ? $"“{end.Words}”对“{flow.Name.Zh}”没有时点含义（它按期间累加），以下是整个期间的值。"
                    : $"'{end.Words}' has no point-in-time meaning for {flow.Name.En} (it adds up over the period); this is the whole period's value.";
            case NotUnderstood left:
                return zh ? $"没有理解“{left.Text}”，以下结果未考虑它。" : $"I did not understand '{left.Text}'; the answer ignores it.";
            case ReadAsSoundingName sounding:
                return zh ? $"按“{sounding.Meant}”理解“{sounding.Typed}”。" : $"Read '{sounding.Typed}' as '{sounding.Meant}'.";
            case TreatedAsBackground background:
                return zh
                    ? $"把“{Shortened(background.Text)}”当作背景，没有用于查询。"
                    : $"I treated '{Shortened(background.Text)}' as background and did not use it in the query.";
            case NotInCatalog missing:
                return zh ? $"指标库中没有“{missing.Text}”，以下结果不包含它。" : $"The catalog has no governed metric for '{missing.Text}'; the answer leaves it out.";
            case ScopeApplied scoped:
                return Scope(catalog, scoped.Scope, zh);
            case FollowedUpOn followed:
                return FollowUp(catalog, followed.Previous, zh);
            default:
                return null;
        }
    }

    /// <summary>A long story cut to its start, with an ellipsis: Chinese after 20 characters, other text after about 60 at a word's end.</summary>
    private static string Shortened(string text)
    {
        var chinese = text.Any(c => c is >= '\u4e00' and <= '\u9fff');
        var most = chinese ? 20 : 60;
        if (text.Length <= most + 1) return text;
        var cut = chinese ? most : text.LastIndexOf(' ', most) is > 20 and var space ? space : most;
        return text[..cut].TrimEnd(' ', ',', '，', '、') + "…";
    }

    /// <summary>"（数据范围：华东）" / "(Scope: East China.)" — which rows the number covers.</summary>
    private static string Scope(SemanticCatalog catalog, IReadOnlyList<QueryFilter> scope, bool zh)
    {
        var parts = scope.Select(s => string.Join(zh ? "、" : ", ", s.Values.Select(v => catalog.FindDimension(s.Dimension)?.FindValue(v)?.Name.For(zh ? "zh" : "en") ?? v)));
        return zh ? $"（数据范围：{string.Join("；", parts)}）" : $"(Scope: {string.Join("; ", parts)}.)";
    }

    public static string Clarify(IEnumerable<MetricDefinition> choices, bool zh)
    {
        var names = choices.Select(m => m.Name.For(zh ? "zh" : "en")).ToArray();
        if (names.Length == 0) return zh ? "请问您想看哪个指标？" : "Which metric would you like to see?";
        return zh ? $"您想看的是哪一个：{string.Join("、", names)}？" : $"Which one do you mean: {string.Join(", ", names)}?";
    }

    /// <summary>The metric is known, the period is not ("年初", "lately"): ask for the period, with examples of how to say it.</summary>
    public static string WhichPeriod(string words, IEnumerable<MetricDefinition> metrics, bool zh)
    {
        var names = string.Join(zh ? "、" : ", ", metrics.Select(m => m.Name.For(zh ? "zh" : "en")));
        return zh
            ? $"您说的“{words}”指哪段时间？{(names.Length > 0 ? $"（{names}）" : "")}例如：1月、第一季度、年初至今、近30天。"
            : $"Which period do you mean by '{words}'?{(names.Length > 0 ? $" ({names})" : "")} For example: January, Q1, year to date, the last 30 days.";
    }

    public static string NotFound(IEnumerable<MetricDefinition> nearest, bool zh)
    {
        var names = nearest.Select(m => m.Name.For(zh ? "zh" : "en")).ToArray();
        return zh
            ? $"指标库中没有找到与问题对应的指标。{(names.Length > 0 ? $"相近的有：{string.Join("、", names)}。" : "")}"
            : $"No governed metric matches this question.{(names.Length > 0 ? $" Closest: {string.Join(", ", names)}." : "")}";
    }

    /// <summary>A word that changes the figure asked ("per square metre", "repeat") and that no governed metric measures.</summary>
    public static string QuantityNotGoverned(string words, IEnumerable<MetricDefinition> nearest, bool zh)
    {
        var names = nearest.Select(m => m.Name.For(zh ? "zh" : "en")).ToArray();
        return zh
            ? $"“{words}”改变了所问的数，指标库中没有这样的指标。{(names.Length > 0 ? $"相近的有：{string.Join("、", names)}。" : "")}"
            : $"'{words}' changes the figure asked, and no governed metric measures that.{(names.Length > 0 ? $" Closest: {string.Join(", ", names)}." : "")}";
    }

    public static string Unreachable(MetricDefinition metric, string dimension, IReadOnlyList<string> allowed, SemanticCatalog catalog, bool zh)
    {
        var dimName = catalog.FindDimension(dimension)?.Name.For(zh ? "zh" : "en") ?? dimension;
        var names = allowed.Select(d => catalog.FindDimension(d)?.Name.For(zh ? "zh" : "en") ?? d);
        return zh
            ? $"“{metric.Name.Zh}”不能按{dimName}拆分或筛选，可以按：{string.Join("、", names)}。"
            : $"{metric.Name.En} cannot be split or filtered by {dimName.ToLowerInvariant()}; it can be by: {string.Join(", ", names.Select(n => n.ToLowerInvariant()))}.";
    }

    /// <summary>"（沿用上一问：支付GMV，2025年6月，华东）" / "(Following on from your previous question: GMV (paid), June 2025, East China.)"</summary>
    private static string FollowUp(SemanticCatalog catalog, SemanticQuery previous, bool zh)
    {
        var language = zh ? "zh" : "en";
        string Value(string dimension, string code) => catalog.FindDimension(dimension)?.FindValue(code)?.Name.For(language) ?? code;
        string Dimension(string id) => catalog.FindDimension(id)?.Name.For(language) ?? id;
        var parts = new List<string> { string.Join(zh ? "、" : ", ", previous.Metrics.Select(m => catalog.FindMetric(m)?.Name.For(language) ?? m)) };
        parts.Add(PeriodText.Describe(previous.TimeRange, zh));
        foreach (var filter in previous.Filters)
        {
            var names = string.Join(zh ? "、" : ", ", filter.Values.Select(v => Value(filter.Dimension, v)));
            parts.Add(filter.Operator == QueryFilterOperator.In ? names : zh ? $"不含{names}" : $"excluding {names}");
        }
        if (previous.GroupBy.Count > 0)
            parts.Add(zh ? "按" + string.Join("、", previous.GroupBy.Select(Dimension)) : "by " + string.Join(" and ", previous.GroupBy.Select(d => Dimension(d).ToLowerInvariant())));
        return zh
            ? $"（沿用上一问：{string.Join("，", parts)}）"
            : $"(Following on from your previous question: {string.Join(", ", parts)}.)";
    }
}
