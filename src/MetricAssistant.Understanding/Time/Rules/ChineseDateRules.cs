using System.Text.RegularExpressions;
using static MetricAssistant.Understanding.Time.Rules.TimePatterns;

namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>
/// Absolute dates written the Chinese or the ISO way: 2025年, 2025年3月, 3月 (most recent March that
/// has started), 2025年3月8日, 3月8号, 去年5月, 2025-03, 2025-03-08, 2018/1/10, 2021年的第三个月.
/// A bare "2025" (no 年) is read by <see cref="EnglishDateRules"/>, which guards against amounts.
/// </summary>
internal static partial class ChineseDateRules
{
    public static void Find(string text, DateOnly today, List<TimeCandidate> found)
    {
        foreach (Match m in MonthDay.Matches(text))
        {
            if (!TryMonth(m.Groups["m"].ValueSpan, out var month)) continue;
            var spec = new PeriodSpec(TimeUnit.Month, month);
            if (m.Groups["d"].Success)
            {
                if (!TimeNumber.TryParse(m.Groups["d"].ValueSpan, out var day)) continue;
                spec = new PeriodSpec(TimeUnit.Day, month, day);
            }
            AddSpec(found, m, spec, today);
        }
        foreach (Match m in YearOnly.Matches(text))
            if (YearReference.TryRead(m, today, out var year) && DateMath.IsSafeYear(year))
                found.Add(TimeCandidate.Calendar(m.Index, m.Length, DateMath.Year(year)));
        foreach (Match m in Numeric.Matches(text))
        {
            var month = int.Parse(m.Groups["m"].ValueSpan);
            var spec = m.Groups["d"].Success
                ? new PeriodSpec(TimeUnit.Day, month, int.Parse(m.Groups["d"].ValueSpan))
                : new PeriodSpec(TimeUnit.Month, month);
            AddSpec(found, m, spec, today);
        }
        // "2025年1到3月", "4至6月": the months from the first to the end of the second, in the named year or the most
        // recent year in which the first has started. Not a weekday's number (上周四到十月一日) nor a month with its day.
        foreach (Match m in MonthSpan.Matches(text))
        {
            if (!TryMonth(m.Groups["m1"].ValueSpan, out var first) || !TryMonth(m.Groups["m2"].ValueSpan, out var last) || last <= first) continue;
            var year = YearReference.TryRead(m, today, out var named) ? named : new DateOnly(today.Year, first, 1) <= today ? today.Year : today.Year - 1;
            if (!DateMath.IsSafeYear(year)) continue;
            found.Add(TimeCandidate.Calendar(m.Index, m.Length, DateMath.Months(new DateOnly(year, first, 1), last - first + 1)));
        }
        foreach (Match m in NthMonth.Matches(text))
            if (TimeNumber.TryParse(m.Groups["n"].ValueSpan, out var n) && n is >= 1 and <= 12)
                AddSpec(found, m, new PeriodSpec(TimeUnit.Month, n), today);
    }

    /// <summary>In the named year when the match has one, else the most recent that has started.</summary>
    internal static void AddSpec(List<TimeCandidate> found, Match m, PeriodSpec spec, DateOnly today)
    {
        var candidate = YearReference.TryRead(m, today, out var year)
            ? TimeCandidate.InYear(m.Index, m.Length, spec, year)
            : TimeCandidate.Implied(m.Index, m.Length, spec, today);
        found.Add(candidate ?? TimeCandidate.Invalid(m.Index, m.Length));
    }

    internal static bool TryMonth(ReadOnlySpan<char> text, out int month) =>
        TimeNumber.TryParse(text, out month) && month is >= 1 and <= 12;

    // A day written straight after its month without 日 / 号 ("八月十五", "一月二十三", "3月15") is a day unless a number
    // or a counted thing goes on ("3月15家门店", "2月20万").
    // A day said without 日/号 ends its word: "6月一共" is June and 一共 ("in all"), not June 1st.
    private const string NotACount = @"(?![0-9零〇一二两三四五六七八九十百千万亿.%]|[\p{IsCJKUnifiedIdeographs}-[的那这当到至和与跟及、]]|\s*(?:个|家|名|位|元|块|件|单|笔|次|人|倍|天|周|月|年|小时|分|点|条|款|类|种|强|店|城|k(?![a-z])|w(?![a-z])))";

    // "2025年3月", "3月", "三月份", "2025年3月8日", "3月8号", "去年5月", "二零一八年十二月", "18年10月1日", "今年的3月", "八月十五"
    // Not "统一月度" (一月 inside a word) nor "13月".
    [GeneratedRegex(@"(?:" + ZhYear + @"\s*的?\s*)?(?<m>(?<![0-9.])(?:1[0-2]|0?[1-9])|(?<![零〇一二两三四五六七八九十百统单唯每第])(?:十[一二]?|[一二三四五六七八九]))\s*月份?(?:\s*(?<d>" + ZhDayNumber + @")\s*[日号]|(?<d>" + ZhDayNumber + @")" + NotACount + ")?", Options, TimeoutMs)]
    private static partial Regex MonthDay { get; }

    // "2025年", "2008 年", "二零一六年", "零八年", "07年" — not "90年代" (a decade), "10年以上" (a duration)
    [GeneratedRegex(@"(?:(?<![0-9])(?<y>(?:19|20)[0-9]{2})\s*年|(?<ycn>[〇零一二三四五六七八九]{4}|[零〇][一二三四五六七八九]|[一二九][〇零一二三四五六七八九])年|(?<ywd>" + ZhYearWords + @")年|(?<![0-9])(?<y2>[0-9]{2})\s*年)(?!代|级|龄|以上|以内|内|多)度?", Options, TimeoutMs)]
    private static partial Regex YearOnly { get; }

    // "2025-03", "2025-03-08", "2015.3", "2018/1/10", "2016 - 11", "2010 01 29", "20161016" — not "2014-2018" (years) nor "2025.3万" (an amount)
    [GeneratedRegex(@"(?<![0-9.])(?<y>(?:19|20)[0-9]{2})(?:\s*(?<sep>[-/.])\s*(?<m>1[0-2]|0?[1-9])(?:\s*\k<sep>\s*(?<d>" + DayNumber + @"))?| (?<m>0[1-9]|1[0-2]) (?<d>0[1-9]|[12][0-9]|3[01])|(?<=(?:^|[^0-9a-z])[0-9]{4})(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12][0-9]|3[01]))(?![0-9]|\s*[万千亿%元])", Options, TimeoutMs)]
    private static partial Regex Numeric { get; }

    // "2021年的第三个月", "明年第九个月"
    [GeneratedRegex(@"(?:" + ZhYear + @"\s*的?\s*)?(?<![周期拜第前近后])(?<m1>(?<![0-9.])(?:1[0-2]|0?[1-9])|(?<![零〇一二两三四五六七八九十百统单唯每第])(?:十[一二]?|[一二三四五六七八九]))\s*(?:到|至|~|～|-|—|－)\s*(?<m2>(?:1[0-2]|0?[1-9])(?![0-9])|(?:十[一二]?|[一二三四五六七八九]))\s*月份?(?!\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*[日号])", Options, TimeoutMs)]
    private static partial Regex MonthSpan { get; }

    [GeneratedRegex(ZhYear + @"\s*的?\s*第\s*(?<n>" + ZhCount + @")\s*个月", Options, TimeoutMs)]
    private static partial Regex NthMonth { get; }
}
