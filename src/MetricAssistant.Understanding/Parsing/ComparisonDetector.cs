using MetricAssistant.Understanding.Coverage;
using System.Text.RegularExpressions;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>同比 / YoY → year over year; 环比 / MoM → the preceding period of the same length.</summary>
public static partial class ComparisonDetector
{
    // "同比增长", "比去年同期", "比去年同月", "yoy", "year over year", "vs last year", "vs the same month last year"
    [GeneratedRegex(@"同比|去年同期|比去年|较去年|和去年比|与去年比|跟去年比|\byoy\b|year[- ]over[- ]year|year[- ]on[- ]year|(vs\.?|versus|compared (to|with)|against)\s+(the\s+)?(same (period|month|week|quarter|day|time) )?(of |in )?last year|上年同期|y/y")]
    private static partial Regex YearOverYear();

    // "环比", "比上月", "较上周", "mom", "qoq", "vs last month", "compared with the previous period"
    [GeneratedRegex(@"环比|比上月|比上个月|较上月|比上周|较上周|比上季度|较上季度|比上期|较上期|\b(mom|qoq|wow|dod)\b|(day|week|month|quarter)[- ](over|on)[- ](day|week|month|quarter)|period[- ]over[- ]period|(vs\.?|versus|compared (to|with)|against)\s+(the\s+)?(last|previous|prior)\s+(month|week|quarter|period)")]
    private static partial Regex PeriodOverPeriod();

    public static (Comparison? Compare, Match? Where) Detect(string text)
    {
        var yoy = YearOverYear().Match(text);
        if (yoy.Success) return (Comparison.Yoy, yoy);
        var pop = PeriodOverPeriod().Match(text);
        return pop.Success ? (Comparison.Pop, pop) : (null, null);
    }

    /// <summary>Every comparison word of the question, for the coverage check.</summary>
    public static IEnumerable<ConsumedSpan> Spans(string text) =>
        YearOverYear().Matches(text).Concat(PeriodOverPeriod().Matches(text)).Select(m => new ConsumedSpan(m.Index, m.Length, SpanKind.Comparison));
}
