using System.Text.RegularExpressions;
using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Time.Rules.TimePatterns;

namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>
/// Comparison words (CONVENTIONS "Comparison"): 同比 / 去年同期 / 比去年 / YoY / vs last year → Yoy;
/// the same period a year before ("vs the same month a year earlier", 跟前一年同一个月比) → Yoy;
/// 环比 / 上期 / 比上月 / 比上周 / MoM / QoQ / vs last month / vs previous period → Pop. The whole phrase
/// is one candidate, so "比上月" outranks the shorter "上月" and is not read as the range.
/// </summary>
internal static partial class ComparisonRules
{
    public static void Find(string text, List<TimeCandidate> found)
    {
        foreach (Match m in Yoy.Matches(text)) found.Add(Candidate(m, Comparison.Yoy));
        foreach (Match m in Pop.Matches(text)) found.Add(Candidate(m, Comparison.Pop));
    }

    private static TimeCandidate Candidate(Match m, Comparison comparison) =>
        new(m.Index, m.Length, null, CandidateShape.Comparison) { Comparison = comparison };

    // "同比", "去年同期", "比去年同期", "同比去年", "比去年", "较上年", "vs去年", "和去年相比", "yoy", "year over year",
    // "vs last year", "compared with the same period last year"
    [GeneratedRegex(
        // the same period a year back said before any shorter reading ("比去年同月" whole, not "比去年" and a leftover 同月); in English
        // with or without an article, after any linking word ("over same month last year", "vs the year-ago month")
        @"(?:和|跟|与|同|比|较|对比|相比于?|相较于?)\s*(?:去年|上一?年|前一年|一年前)\s*的?\s*(?:同一?\s*(?:个|個)?|这一?\s*(?:个|個)?)\s*(?:天|日|周末|周|週|星期|礼拜|月份?|季度?|时期|时段|时间|时候)(?:\s*的?\s*(?:相比|比较|对比|比))?" +
        @"|" + EnYearBackBase +
        @"|(?:比|较|相比于?|相较于?|对比|和|与|跟)?\s*(?:去年|上年|上一年)同期(?:\s*(?:相比|比较|对比|比))?" +
        @"|(?<!不)同比(?:\s*(?:去年|上年)(?:同期)?)?" +
        @"|(?:比|较|相比于?|相较于?|对比|vs\.?|versus)\s*(?:去年|上年|上一年)" +
        @"|(?:和|与|跟|同)\s*(?:去年|上年)\s*(?:相比|比较|对比|比)" +
        @"|(?<![a-z])(?:yoy|y/y|y-o-y|year[\s-]over[\s-]year|year[\s-]on[\s-]year)(?![a-z])" +
        @"|(?<![a-z])(?:vs\.?|versus|compared\s+(?:to|with)|against|than)\s+(?:the\s+)?(?:same\s+period\s+(?:of\s+)?)?(?:last|previous|prior)\s+year(?:'s)?(?:\s+same\s+period)?(?![a-z])" +
        @"|(?<![a-z])same\s+period\s+(?:of\s+)?last\s+year(?![a-z])" +
        // "better than a year ago", "compared with the year before", "vs the same time last year"
        @"|(?<![a-z])(?:vs\.?|versus|compared\s+(?:to|with)|against|than)\s+(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|(?:the\s+)?year\s+before|(?:the\s+)?same\s+time\s+last\s+year)(?![a-z])" +
        // chat shorthand: "vs ly", "against last yr"
        @"|(?<![a-z])(?:vs\.?|versus|compared\s+(?:to|with)|against)\s+(?:ly|py|(?:last|prev|previous|prior)\s+yr)(?![a-z0-9])" +
        // the same period a year before, in words: "versus the same month a year earlier", "vs the same quarter the year before",
        // "against the same week last year", 跟前一年同一个月比, 和上一年同一季度相比
        @"|(?<![a-z])(?:vs\.?|versus|compared\s+(?:to|with)|against|than|relative\s+to|compare[sd]?(?:\s+(?:it|that|this|them))?\s+(?:with|to|against))\s+(?:the\s+)?same\s+(?:day|date|week-?end|week|fortnight|month|quarter|half|period|time|season)\s+(?:(?:of|in)\s+)?(?:(?:a|one)\s+year\s+(?:earlier|before|ago|prior)|the\s+year\s+(?:before|prior)|(?:the\s+)?(?:previous|prior|preceding)\s+year|last\s+year)(?![a-z])" +
        @"|(?:和|跟|与|同|比|较|对比|相比于?|相较于?)\s*(?:去年|上一?年|前一年)\s*的?\s*同一?\s*(?:个|個)?\s*(?:天|日|周末|周|週|星期|礼拜|月份?|季度?|时期|时段|时间|时候)(?:\s*的?\s*(?:相比|比较|对比|比))?",
        Options, TimeoutMs)]
    private static partial Regex Yoy { get; }

    // "环比", "环比上月", "上期", "比上月", "比上个月", "较上周", "vs上月", "比上季度", "比昨天", "和上月相比", "mom", "qoq",
    // "month over month", "vs last month", "vs previous period", "compared to the prior week"
    [GeneratedRegex(
        @"环比(?:\s*上\s*(?:一)?\s*(?:个|個)?\s*(?:月|周|週|星期|季度|季|期))?" +
        @"|(?:比|较|相比于?|相较于?|对比)?\s*上\s*一?\s*期" +
        @"|(?:比|较|相比于?|相较于?|对比|vs\.?|versus)\s*(?:上上?\s*(?:一)?\s*(?:个|個)?\s*(?:月|周|週|星期|季度|季)|昨天|昨日|前一天|前一日)" +
        @"|(?:和|与|跟|同)\s*(?:上\s*(?:一)?\s*(?:个|個)?\s*(?:月|周|週|星期|季度|季|期)|昨天)\s*(?:相比|比较|对比|比)" +
        @"|(?<![a-z])(?:mom|m/m|qoq|q/q|wow|w/w|month[\s-]over[\s-]month|quarter[\s-]over[\s-]quarter|week[\s-]over[\s-]week|day[\s-]over[\s-]day|period[\s-]over[\s-]period)(?![a-z])" +
        @"|(?<![a-z])(?:vs\.?|versus|compared\s+(?:to|with)|against|than)\s+(?:the\s+)?(?:(?:last|previous|prior|preceding)\s+(?:month|week|quarter|period|day)|yesterday)(?![a-z])" +
        // chat shorthand: "vs lm", "against prev qtr", "vs last wk"
        @"|(?<![a-z])(?:vs\.?|versus|compared\s+(?:to|with)|against)\s+(?:lm|pm|lw|pw|lq|pq|(?:last|prev|previous|prior)\s+(?:wk|mth|mo|qtr|month|week|quarter))(?![a-z0-9])" +
        // the period before the asked one said relative to it: "和它前一个月比一比", "vs 前一个月", "对比前一季", "vs the month prior"
        @"|(?:和|与|跟|同)\s*(?:它|它的|其)?\s*(?:前一|上一|前面一|之前一)\s*(?:个|個)?\s*(?:月|季度|季|周|週|星期|礼拜)\s*的?\s*(?:比一比|比一下|比比|相比|比较|对比|比)" +
        @"|(?:比一比|比一下|对比|相比|比较|比|较|vs\.?|versus)\s*(?:它|它的|其)?\s*(?:前一|上一|前面一|之前一)\s*(?:个|個)?\s*(?:月|季度|季|周|週|星期|礼拜)" +
        @"|(?<![a-z])(?:vs\.?|versus|compared\s+(?:to|with)|against|relative\s+to)\s+(?:the\s+)?(?:(?:day|week|fortnight|month|quarter|period)\s+(?:prior|preceding|earlier|before)|one\s+before)(?:\s+(?:that|it|this|then))?(?![a-z])",
        Options, TimeoutMs)]
    private static partial Regex Pop { get; }
}
