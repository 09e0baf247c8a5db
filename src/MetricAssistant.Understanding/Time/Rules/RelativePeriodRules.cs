using System.Text.RegularExpressions;
using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Time.Rules.TimePatterns;

namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>
/// Calendar periods counted from today: 上个月, 本季度, 去年, 上周, 昨天, last month, this quarter,
/// next week. Weeks are ISO weeks (Monday to next Monday); 周末 / weekend is left alone on purpose
/// ("周末的gmv" is a day-of-week filter, not a range).
/// </summary>
internal static partial class RelativePeriodRules
{
    /// <summary>Wins ties against a rolling window of the same span: 上一周 is last ISO week, not 7 days.</summary>
    private const int Priority = 2;

    public static void Find(string text, DateOnly today, List<TimeCandidate> found)
    {
        foreach (Match m in ZhPeriod.Matches(text))
        {
            var rel = m.Groups["rel"].Value;
            var offset = rel switch { "上上" => -2, "上" => -1, "下" => 1, "下下" => 2, _ => 0 };
            var unit = m.Groups["unit"].Value;
            var tu = unit.StartsWith('月') || unit.StartsWith('m') ? TimeUnit.Month : unit.StartsWith('季') || unit.StartsWith('q') ? TimeUnit.Quarter : TimeUnit.Week;
            Add(found, m, Shift(today, tu, offset));
        }
        foreach (Match m in ZhYearWord.Matches(text))
            Add(found, m, Shift(today, TimeUnit.Year, ZhYearOffset(m.Value)));
        foreach (Match m in ZhDay.Matches(text))
        {
            var offset = m.Value switch
            {
                "大前天" => -3, "前天" or "前日" => -2, "昨天" or "昨日" => -1, "明天" or "明日" => 1, "后天" => 2, _ => 0,
            };
            found.Add(TimeCandidate.Calendar(m.Index, m.Length, DateMath.Day(today.AddDays(offset))) with
            {
                Priority = Priority, IsToday = offset == 0,
            });
        }
        foreach (Match m in ZhWeekday.Matches(text))
        {
            var rel = m.Groups["rel"].Value;
            var day = DateMath.WeekdayOffset(m.Groups["wd"].Value);
            var week = DateMath.WeekStart(today);
            var date = rel switch
            {
                "上上" => week.AddDays(day - 14),
                "上" => week.AddDays(day - 7),
                "下" => week.AddDays(day + 7),
                "下下" => week.AddDays(day + 14),
                "本" or "这" or "這" => week.AddDays(day),
                // 周三 alone: this week's if it has come, else last week's (the most recent one that has started).
                _ => week.AddDays(day) <= today ? week.AddDays(day) : week.AddDays(day - 7),
            };
            Add(found, m, DateMath.Day(date));
        }
        foreach (Match m in EnPeriod.Matches(text))
        {
            var rel = m.Groups["rel"].Value;
            var offset = rel switch
            {
                "last" or "previous" or "prev" or "prior" => -1,
                "next" or "coming" or "upcoming" => 1,
                _ when m.Groups["after"].Success => 2,
                _ when m.Groups["before"].Success => -2,
                _ => 0,
            };
            var tu = m.Groups["unit"].Value switch
            {
                // Chat shorthand: "last wk", "this mth", "last qtr".
                "week" or "wk" => TimeUnit.Week, "month" or "mth" or "mo" => TimeUnit.Month, "quarter" or "qtr" => TimeUnit.Quarter, _ => TimeUnit.Year,
            };
            Add(found, m, Shift(today, tu, offset));
        }
        foreach (Match m in EnDay.Matches(text))
        {
            var offset = m.Value switch
            {
                "yesterday" => -1, "tomorrow" => 1, "the day before yesterday" => -2, "the day after tomorrow" => 2, _ => 0,
            };
            found.Add(TimeCandidate.Calendar(m.Index, m.Length, DateMath.Day(today.AddDays(offset))) with
            {
                Priority = Priority, IsToday = offset == 0,
            });
        }
    }

    /// <summary>The calendar unit holding today, moved by <paramref name="offset"/> units.</summary>
    public static DateRange Shift(DateOnly today, TimeUnit unit, int offset) => unit switch
    {
        TimeUnit.Week => DateMath.Days(DateMath.WeekStart(today).AddDays(7 * offset), 7),
        TimeUnit.Month => DateMath.Months(DateMath.MonthStart(today).AddMonths(offset), 1),
        TimeUnit.Quarter => DateMath.Months(DateMath.QuarterStart(today).AddMonths(3 * offset), 3),
        TimeUnit.Half => DateMath.Months(DateMath.HalfStart(today).AddMonths(6 * offset), 6),
        _ => DateMath.Year(today.Year + offset),
    };

    private static void Add(List<TimeCandidate> found, Match m, DateRange range) =>
        found.Add(TimeCandidate.Calendar(m.Index, m.Length, range) with { Priority = Priority });

    private static int ZhYearOffset(string word) => word switch
    {
        "去年" or "上年" or "上一年" or "上年度" or "上一年度" => -1,
        "前年" => -2,
        "明年" or "下年" or "下一年" or "下一年度" or "下年度" => 1,
        "后年" => 2,
        _ => 0,
    };

    // "上个月", "上上个月", "本月", "这个月", "上季度", "上一个季度", "本季", "上周", "这一周", "上個週", "下个星期", and the
    // English unit after a Chinese word ("这个week", "上个month"). 周末 (weekend) is excluded; 上周一 is a weekday (longer
    // match below wins); "查一下月度" is not 下月.
    [GeneratedRegex(@"(?<![一])(?<rel>上上|上|本|这|這|当|下下|下)\s*(?:一个|一個|个|個|一)?\s*(?<unit>月份?|季度|季|周|週|星期|礼拜|禮拜|week(?![a-z])|month(?![a-z])|quarter(?![a-z]))(?!末)", Options, TimeoutMs)]
    private static partial Regex ZhPeriod { get; }

    // "去年", "前年", "今年", "本年度", "上一年", "明年"
    [GeneratedRegex(@"去年|前年|今年度?|明年|后年|本年度?|上一?年度?|下一?年度?", Options, TimeoutMs)]
    private static partial Regex ZhYearWord { get; }

    // "昨天", "今天", "前天", "大前天", "明天"
    [GeneratedRegex(@"大前天|前天|前日|昨天|昨日|今天|今日|明天|明日|后天", Options, TimeoutMs)]
    private static partial Regex ZhDay { get; }

    // "上周三", "本周日", "下下周日", "星期一", "周五" — but not "上周一共" (一共 = in total), "每周一" (every Monday), the 周一 inside
    // "一周一周地看" / "一个礼拜一个礼拜地" (week by week) nor "上礼拜一整周" (一整周 is how long: the whole week).
    [GeneratedRegex(@"(?<![每逢一]|[每逢一][个個])(?<rel>上上|上|本|这|這|下下|下)?\s*(?:个|個)?\s*(?:周|週|星期|礼拜|禮拜)(?<wd>[一二三四五六日天1-7])(?![共起样些直切般致定0-9]|整\s*(?:个|個)?\s*(?:周|週|星期|礼拜|禮拜|月|季|年))", Options, TimeoutMs)]
    private static partial Regex ZhWeekday { get; }

    // "last month", "this quarter", "next year", "current week", "prev qtr", "the week after next", "the month before last"
    [GeneratedRegex(@"(?<![a-z])(?:(?<rel>last|previous|prev|prior|this|current|next|coming|upcoming)\s+(?<unit>week|month|quarter|year|wk|mth|mo|qtr|yr)|(?:the\s+)?(?<unit>week|month|quarter|year)\s+(?:(?<after>after\s+(?:the\s+)?next)|(?<before>before\s+last)))(?![a-z])", Options, TimeoutMs)]
    private static partial Regex EnPeriod { get; }

    // "yesterday", "today", "the day before yesterday"
    [GeneratedRegex(@"(?<![a-z])(?:the day before yesterday|the day after tomorrow|yesterday|today|tomorrow)(?![a-z])", Options, TimeoutMs)]
    private static partial Regex EnDay { get; }
}
