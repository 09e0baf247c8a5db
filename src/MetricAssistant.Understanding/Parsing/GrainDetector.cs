using MetricAssistant.Understanding.Coverage;
using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// The trend a question asks for: "按月" / "monthly" → month; "趋势" / "trend" without a unit →
/// <see cref="GrainRequest.UnitlessTrend"/> (the caller picks day or month from the range's length).
/// </summary>
public static partial class GrainDetector
{
    /// <summary><see cref="Averaged"/>: the unit is what an average is taken over ("平均每个月", "per month on average").</summary>
    public sealed record GrainRequest(TimeGrain? Grain, bool UnitlessTrend, bool Averaged = false);

    [GeneratedRegex(@"(平均|均)(下来|算下来|来说|来看|一下)?\s*$|(?<![a-z0-9])(average|on average|avg)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AverageBefore();

    // Only English after the unit, or a Chinese 平均 ending its clause: "每月平均在岗人数" is each month's 平均在岗人数, a name;
    // "门店员工人数，按月平均" is the average over the months.
    [GeneratedRegex(@"^\s*,?\s*on average(?![a-z0-9])|^\s*(的)?\s*(取)?平均(一下|下来|来算|来看|算|值)?\s*(吧|呢|啊)?\s*([,，。.?？!！;；]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex AverageAfter();

    // Later in the sentence, the unit's values then averaged: "each month, then average over the months", "每个月加起来再平均".
    [GeneratedRegex(@"^[^.;?!。；？！]*?((?<![a-z])then\s+(take\s+the\s+|the\s+)?(average|avg|mean)|(?<![a-z])averaged?\s+(it\s+|them\s+)?(over|across)\s+(the\s+|all\s+)?(months|weeks|days|quarters|years)(?![a-z])|再\s*(按月|按周|按天|按季度?)?\s*(取|求|算)?\s*平均)", RegexOptions.IgnoreCase)]
    private static partial Regex AverageLater();

    // "按月趋势", "每天的gmv", "逐周", "每个礼拜", "分季度", "各季度" (各 + a unit is each period of it), "月度", "一个月一个月地", "by month", "monthly", "day by day", "per week"
    // A unit that begins a longer word is no unit: 按年龄段, 各月饼, 分季节, 按周边, 分天猫, 每日用品 ('weekly-ish', 'by month-end' likewise).
    [GeneratedRegex(@"(按|每|逐|分|以|各)\s*个?\s*(天|日|周|星期|礼拜|禮拜|月|季度|季|年)(?!(?<=年)(龄|纪|级|货|终|会|轻|限)|(?<=月)(饼|子|光|亮|嫂|球|季)|(?<=季)(节|风)|(?<=周)(边|围|到|全|年|转)|(?<=天)(猫|气|津|然|空|地|下(?!单|了|过|的单))|(?<=日)(用|化|系|本|韩|常|志|记|历|料))|(?<![上下本这今去前第\d一二三四])(日|周|月|年)度(?!会员)|(天|日|周|礼拜|月|季度|年)(粒度|维度|趋势|走势|变化)|(by|per|each|every|for each|in each)\s+(the\s+)?(day|week|month|quarter|year)s?(?![a-z0-9]|-(end|ish|old))|(按|每|逐|分)\s*个?\s*(day|week|month|quarter|year)s?(?![a-z])|(?<![a-z0-9])(daily|weekly|monthly|quarterly|yearly|annually|annual)(?![a-z0-9]|-ish)|(?<![a-z0-9])(day|week|month|quarter|year)[- ]?(by|over|on)[- ]?(day|week|month|quarter|year)(?![a-z0-9])|(每天|每日|每周|每月|每季|每年)(?!(?<=年)(龄|纪|级|货|终|会|轻|限)|(?<=月)(饼|子|光|亮|嫂|球|季)|(?<=季)(节|风)|(?<=周)(边|围|到|全|年|转)|(?<=天)(猫|气|津|然|空|地|下(?!单|了|过|的单))|(?<=日)(用|化|系|本|韩|常|志|记|历|料))|一个?(天|日|周|星期|礼拜|禮拜|月|季度|年)一个?(天|日|周|星期|礼拜|禮拜|月|季度|年)")]
    private static partial Regex Unit();

    [GeneratedRegex(@"趋势|走势|变化|曲线|波动|(?<![a-z0-9])trend(s|ing|ed)?(?![a-z0-9])|over time|time series|(?<![a-z0-9])history(?![a-z0-9])")]
    private static partial Regex Trend();

    /// <param name="text">The question with its time expressions blanked.</param>
    /// <param name="said">The question as said, when the blanked words matter: 按月末口径 is the period's end as the basis (月末 read
    /// by the period-end reader, 末 blanked), no monthly trend.</param>
    public static GrainRequest Detect(string text, string? said = null)
    {
        var match = Unit().Match(text);
        while (match.Success && said is not null && said.Length == text.Length && match.Value[0] is '按' or '以'
            && match.Index + match.Length < said.Length && said[match.Index + match.Length] is '末' or '底' or '初')
            match = match.NextMatch();
        if (match.Success)
        {
            var unit = match.Value;
            TimeGrain? grain =
                Has(unit, "天", "日", "day", "daily") ? TimeGrain.Day :
                Has(unit, "周", "星期", "礼拜", "禮拜", "week") ? TimeGrain.Week :
                Has(unit, "季", "quarter") ? TimeGrain.Quarter :
                Has(unit, "月", "month") ? TimeGrain.Month :
                Has(unit, "年", "year", "annual") ? TimeGrain.Year : null;
            // "year over year", "day on day" are comparisons, not grains.
            if (grain is not null && !Regex.IsMatch(unit, @"(year|month|week|quarter|day)[- ]?(over|on)[- ]?(year|month|week|quarter|day)"))
                return new GrainRequest(grain, false, AverageBefore().IsMatch(text[..match.Index]) || AverageAfter().IsMatch(text[(match.Index + match.Length)..])
                    || AverageLater().IsMatch(text[(match.Index + match.Length)..]));
        }
        return new GrainRequest(null, Trend().IsMatch(text));
    }

    /// <summary>
    /// Whether the only trend word is 变化 / "change": beside a comparison (同比变化, 环比的变化) it is the compared change,
    /// not a trend over the period.
    /// </summary>
    public static bool OnlyChange(string text) =>
        Trend().Matches(text) is { Count: > 0 } found && found.All(m => m.Value == "变化");

    private static bool Has(string text, params string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));

    /// <summary>"每个月", "per week", "each day": a calendar unit after a word for each (an average before it stays a word of its own).</summary>
    public static IEnumerable<ConsumedSpan> EachUnit(string text) =>
        Unit().Matches(text).Where(m => m.Value.StartsWith('每') || m.Value.StartsWith("per ", StringComparison.Ordinal) || m.Value.StartsWith("each ", StringComparison.Ordinal) || m.Value.StartsWith("every ", StringComparison.Ordinal))
            .Select(m => new ConsumedSpan(m.Index, m.Length, SpanKind.Grain));

    /// <summary>Every grain and trend word of the question, for the coverage check.</summary>
    public static IEnumerable<ConsumedSpan> Spans(string text) =>
        Unit().Matches(text).Concat(Trend().Matches(text)).Select(m => new ConsumedSpan(m.Index, m.Length, SpanKind.Grain));
}
