using MetricAssistant.Understanding.Coverage;
using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Time.Rules;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// 同比 / YoY / 跟前年比 (of last year's day: the year before it) → year over year; 环比 / MoM / 跟前一个季度比 / 比上礼拜 /
/// "vs the month before" → the preceding period of the same length.
/// </summary>
public static partial class ComparisonDetector
{
    // "同比增长", "比去年同期", "比去年同月", "跟last year比" (code-switched), "yoy", "year over year", "vs last year", "vs the same month last year", "vs the year before",
    // and the shorthand of business decks: "vs LY", "vs PY", "vs last yr"; the same period a year before said in words: "versus the same
    // month a year earlier", "vs the same quarter a year ago", "compared with the same month the year before", 跟前一年同一个月比
    [GeneratedRegex(@"(?:和|跟|与|同|比|较|对比|相比于?|相较于?)\s*(?:去年|上一?年|前一年|一年前)\s*的?\s*(?:同一?\s*(?:个|個)?|这一?\s*(?:个|個)?)\s*(?:天|日|周末|周|週|星期|礼拜|月份?|季度?|时期|时段|时间|时候)(?:\s*的?\s*(?:相比|比较|对比|比))?|" + TimePatterns.EnYearBackBase + @"|同比|去年同期|比去年|较去年|(比|较)\s*(前一年|上一年)\s*(同期)?|(比|较)\s*last\s+year(?![a-z0-9])|和去年比|与去年比|跟去年比|(?<![a-z0-9])yoy(?![a-z0-9])|year[- ]over[- ]year|year[- ]on[- ]year|(vs\.?|versus|compared (to|with)|against|side by side with|alongside|compare[sd]?( it| that| this| them)?( with| to| against)?)\s+(the\s+)?(same (period|month|week|fortnight|quarter|day|time)s? )?(of |in )?last year|(compare|对比|比较|比一比|比一下)\s*(一下)?\s*(和|跟|与)?\s*去年|上年同期|y/y|(和|跟|与|同|搭)\s*(去年|前年|last\s+year(?![a-z0-9]))\s*(同期|同一天|同月|那会儿|那会|那时候|那时|这会儿|这时候|这个时候|那个时候)?\s*(的)?\s*(比|相比|比较|对比)|(?<![a-z0-9])(vs\.?|versus|compared (to|with)|against|side by side with|alongside|compare[sd]?( it| that| this| them)?\s+(with|to|against))\s+(the\s+)?(year before|previous year|prior year|year earlier|a year (ago|earlier|before)|ly|py|last yr|prev(ious)? yr|prior yr)(?![a-z0-9])|(?<![a-z0-9])(?:vs\.?|versus|compared\s+(?:to|with)|against|than|relative\s+to|compare[sd]?(?:\s+(?:it|that|this|them))?\s+(?:with|to|against))\s+(?:the\s+)?same\s+(?:day|date|week-?end|week|fortnight|month|quarter|half|period|time|season)\s+(?:(?:of|in)\s+)?(?:(?:a|one)\s+year\s+(?:earlier|before|ago|prior)|the\s+year\s+(?:before|prior)|(?:the\s+)?(?:previous|prior|preceding)\s+year|last\s+year)(?![a-z])|(?:和|跟|与|同|比|较|对比|相比于?|相较于?)\s*(?:去年|上一?年|前一年)\s*的?\s*同一?\s*(?:个|個)?\s*(?:天|日|周末|周|週|星期|礼拜|月份?|季度?|时期|时段|时间|时候)(?:\s*的?\s*(?:相比|比较|对比|比))?")]
    private static partial Regex YearOverYear();

    // "环比", "比上月", "较上周", "比上上礼拜" (one pattern for every 比/较 + previous period), "mom", "qoq", "vs last month", "compared with the previous period",
    // "vs LM", "vs PW", "vs last qtr"; the period before the asked one said by where it lies, "跟再前面一个季度比", "对比再往前一个月",
    // and "compare <the asked> with the month before it" with the asked period between, in one clause (the base words are
    // the match, so that a comparison is never read across the metric named between; the verb is read by CompareBeforeBase)
    [GeneratedRegex(@"环比|(?<![a-z0-9])(mom|qoq|wow|dod)(?![a-z0-9])|(day|week|month|quarter)[- ](over|on)[- ](day|week|month|quarter)|period[- ]over[- ]period|(和|跟|与|同|搭)\s*(再?前一|再?上一|上上|上)\s*个?\s*(月|季度|季|周|星期|礼拜)\s*(的)?\s*(比|相比|比较|对比)|(和|跟|与|同|比|较)\s*(last|the\s+previous|previous)\s+(month|quarter|week|fortnight|period)(?![a-z0-9])|(比|较)\s*(再?前一?|上上|上一?)\s*个?\s*(月|季度|季|星期|礼拜|周|期)|(vs\.?|versus|compared (to|with)|against|side by side with|alongside|compare[sd]?( it| that| this| them)?\s+(with|to|against))\s+the\s+(day|month|week|fortnight|quarter|period)\s+before|(和|跟|与|同|搭)\s*(再?前一|再?上一)\s*(天|日)\s*(的)?\s*(比|相比|比较|对比)|(vs\.?|versus|compared (to|with)|against|side by side with|alongside|compare[sd]?( it| that| this| them)?\s+(with|to|against))\s+(the\s+)?(last|previous|prior|preceding)\s+(day|month|week|fortnight|quarter|period)|(?<![a-z0-9])(vs\.?|versus|against)\s+(lm|pm|lw|pw|lq|pq|last mth|prev(ious)? mth|last wk|prev(ious)? wk|last qtr|prev(ious)? qtr)(?![a-z0-9])|(?:和|跟|与|同|搭)\s*(?:再往前面|再往前|再前面|再前头|再前|往前面|往前|前头)\s*的?\s*一?\s*个?\s*(?:月|季度|季|周|星期|礼拜|天|日)\s*的?\s*(?:比|相比|比较|对比)|(?:比|较|对比|相比|比较)\s*(?:再往前面|再往前|再前面|再前)\s*的?\s*一?\s*个?\s*(?:月|季度|季|周|星期|礼拜|天|日)|(?<=(?<![a-z])compar(?:e[sd]?|ing)\s[^,，。;；?？]{0,60})(?<![a-z])(?:with|to|against|and)\s+(?:the\s+)?(?:(?:day|week|fortnight|month|quarter|period)\s+(?:before|prior|preceding|earlier)(?:\s+(?:that|it|this|then))?|(?:previous|prior|preceding)\s+(?:day|week|fortnight|month|quarter|period))(?![a-z])")]
    private static partial Regex PeriodOverPeriod();

    // (搭 is Shanghainese 跟, 前头 is 前面: "搭前头一个礼拜比比看".)
    // The period before the asked one said relative to it, after a comparison word: "和它前一个月比一比", "vs 前一个月",
    // "对比前一季", "跟上一个季度比", "vs the month prior", "against the one before"; the unit is the asked range's.
    [GeneratedRegex(@"(?:和|跟|与|同|搭)\s*(?:它|它的|其)?\s*(?:前一|上一|前面一|前头一|之前一)\s*个?\s*(?:月|季度|季|周|星期|礼拜)\s*的?\s*(?:比一比|比一下|比比看|比比|相比呢|相比|比较|对比一下|对比看看|对比|比呢|比)|(?:比一比|比一下|对比|相比|比较|比|较|vs\.?|versus)\s*(?:它|它的|其)?\s*(?:前一|上一|前面一|前头一|之前一)\s*个?\s*(?:月|季度|季|周|星期|礼拜)|(?<![a-z])(?:vs\.?|versus|compared\s+(?:to|with)|(?:measured?\s+|stack(?:s|ed)?\s+up\s+)?against|relative\s+to)\s+(?:the\s+)?(?:(?:day|week|fortnight|month|quarter|period)\s+(?:prior|preceding|earlier|before)|one\s+before)(?:\s+(?:that|it|this|then))?(?![a-z])")]
    private static partial Regex PeriodBeforeAsked();

    // "compared with the 7 days before that", "vs the prior seven days", "versus the previous fortnight", "和再往前的7天比",
    // "比之前的两周": the stretch of the same length just before the period asked, said by its length.
    [GeneratedRegex(@"(?<![a-z0-9])(vs\.?|versus|compared (to|with)|against|compare[sd]?( it| that| this| them)?\s+(with|to|against))\s+(the\s+)?((prior|previous|preceding|earlier)\s+((" + ChineseNumber.EnglishPattern + @"|a|one)\s+)?(days?|weeks?|months?|quarters?|fortnight|period|stretch)|(" + ChineseNumber.EnglishPattern + @"|a)\s+(days?|weeks?|months?|quarters?|fortnight)\s+(before|prior|earlier|preceding)(\s+(that|it|this|then|those))?)(?![a-z0-9])|(和|跟|与|同|比|较)\s*(再往前|往前|再前|之前|此前|前面)\s*的?\s*(" + ChineseNumber.Pattern + @")\s*个?\s*(天|日|周|星期|礼拜|月)\s*(的)?\s*(比|相比|比较|对比)?")]
    private static partial Regex StretchBefore();

    // The verb of "compare last month's orders with the month before it", read (for the coverage check) when its base follows.
    [GeneratedRegex(@"(?<![a-z])compar(?:e[sd]?|ing)(?=\s(?:[^,，。;；?？]{0,60}?\s)?(?:with|to|against|and)\s+(?:the\s+)?(?:(?:day|week|fortnight|month|quarter|period)\s+(?:before|prior|preceding|earlier)(?:\s+(?:that|it|this|then))?|(?:previous|prior|preceding)\s+(?:day|week|fortnight|month|quarter|period))(?![a-z]))")]
    private static partial Regex CompareBeforeBase();

    // "this year compared with last", "this month vs last?": the previous one of the asked period's own unit, said by "last" alone.
    [GeneratedRegex(@"(?<![a-z])(?:vs\.?|versus|compared\s+(?:to|with)|against|than|relative\s+to)\s+last(?=\s*(?:[?？.,，!！;；)]|$|one(?![a-z])))(?:\s+one(?![a-z]))?")]
    private static partial Regex AgainstLastOne();

    /// <summary>Whether the comparison found is "… compared with last": its base is the period before of the asked period's own unit.</summary>
    public static bool AgainstLast(Match where) => AgainstLastOne().Match(where.Value) is { Success: true } m && m.Length == where.Length;

    public static (Comparison? Compare, Match? Where) Detect(string text)
    {
        var yoy = YearOverYear().Match(text);
        if (yoy.Success) return (Comparison.Yoy, yoy);
        var pop = PeriodOverPeriod().Match(text);
        if (pop.Success) return (Comparison.Pop, pop);
        var before = PeriodBeforeAsked().Match(text);
        if (before.Success) return (Comparison.Pop, before);
        var stretch = StretchBefore().Match(text);
        if (stretch.Success) return (Comparison.Pop, stretch);
        var last = AgainstLastOne().Match(text);
        return last.Success ? (Comparison.Pop, last) : (null, null);
    }

    /// <summary>
    /// The unit a period-over-period word names ("WoW", "month over month", 周环比, 季环比), or null ("环比", "vs the period
    /// before"): with no period named, the question is about the last whole one of that unit.
    /// </summary>
    public static TimeGrain? UnitOf(string text, Match where)
    {
        var word = where.Value;
        if (word == "环比")
            return where.Index == 0 ? null : text[where.Index - 1] switch { '周' => TimeGrain.Week, '月' => TimeGrain.Month, '季' => TimeGrain.Quarter, '日' or '天' => TimeGrain.Day, _ => null };
        return word switch
        {
            "wow" or "week over week" or "week-over-week" or "week on week" or "week-on-week" => TimeGrain.Week,
            "mom" or "month over month" or "month-over-month" or "month on month" or "month-on-month" => TimeGrain.Month,
            "qoq" or "quarter over quarter" or "quarter-over-quarter" or "quarter on quarter" or "quarter-on-quarter" => TimeGrain.Quarter,
            "dod" or "day over day" or "day-over-day" or "day on day" or "day-on-day" => TimeGrain.Day,
            _ => null,
        };
    }

    /// <summary>Every comparison word of the question, for the coverage check.</summary>
    public static IEnumerable<ConsumedSpan> Spans(string text) =>
        YearOverYear().Matches(text).Concat(PeriodOverPeriod().Matches(text)).Concat(StretchBefore().Matches(text)).Concat(CompareBeforeBase().Matches(text)).Concat(PeriodBeforeAsked().Matches(text)).Concat(AgainstLastOne().Matches(text)).Select(m => new ConsumedSpan(m.Index, m.Length, SpanKind.Comparison));
}
