using System.Text.RegularExpressions;
using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Time.Rules.TimePatterns;

namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>
/// The week a date falls in: "the week of 9 June 2025", "week of June 9", "the week of the 9th", 2025年6月9日那周,
/// 6月9号那一周, 6月9日所在的那周 / 所在周 / 当周 → the ISO week holding that day, Monday to next Monday. Any rule's
/// one-day reading is widened (so every date form works); a day of the month alone ("the 9th", 9号) is read here,
/// only beside such week words, as the most recent one that has started.
/// </summary>
internal static partial class WeekOfRules
{
    public static void Find(string text, DateOnly today, List<TimeCandidate> found)
    {
        foreach (Match m in EnBareDay.Matches(text).Concat(ZhBareDay.Matches(text)))
            if (TimeNumber.TryDay(m.Groups["d"].ValueSpan, out var day) && MostRecent(day, today) is { } date)
                found.Add(TimeCandidate.Calendar(m.Index, m.Length, DateMath.Day(date)));
    }

    /// <summary>Widens each one-day reading said with a week word to that day's ISO week, taking the words in.</summary>
    public static void Widen(string text, List<TimeCandidate> accepted)
    {
        for (var i = 0; i < accepted.Count; i++)
        {
            var c = accepted[i];
            if (c.Shape != CandidateShape.Calendar || c.Range is not { Days: 1 } day) continue;
            var from = i > 0 ? accepted[i - 1].End : 0;
            var before = EnBefore.Match(text, from, c.Start - from);
            // 这一周 / 当周 after the date were read as this week on their own: the suffix takes them.
            var after = ZhAfter.Match(text, c.End);
            if (!before.Success && !after.Success) continue;
            var start = before.Success ? before.Index : c.Start;
            var end = after.Success ? after.Index + after.Length : c.End;
            accepted[i] = TimeCandidate.Calendar(start, end - start, DateMath.Days(DateMath.WeekStart(day.Start), 7));
            while (i + 1 < accepted.Count && accepted[i + 1].Start < end) accepted.RemoveAt(i + 1);
        }
    }

    /// <summary>This month's <paramref name="day"/> if it has come, else the latest earlier month that has one.</summary>
    private static DateOnly? MostRecent(int day, DateOnly today)
    {
        for (var back = 0; back <= 2; back++)
        {
            var month = DateMath.MonthStart(today).AddMonths(-back);
            if (day <= DateTime.DaysInMonth(month.Year, month.Month) && month.AddDays(day - 1) <= today) return month.AddDays(day - 1);
        }
        return null;
    }

    // After a date: "那周", "那一周", "所在的那周", "所在周", "当周", "这个星期", "那个礼拜" — not 那周一 (a Monday), but 那周一共 (in all)
    private const string ZhWeekAfter =
        @"\s*(?:所在的?\s*(?:那|这|這)?|的?\s*(?:那|这|這)|的?\s*当)\s*一?\s*(?:个|個)?\s*(?:周|週|星期|礼拜|禮拜)(?![二三四五六日天1-7]|一(?![共起样些直切般致定]))";

    [GeneratedRegex(@"\G" + ZhWeekAfter, Options, TimeoutMs)]
    private static partial Regex ZhAfter { get; }

    // Before a date: "the week of ", "week of the "
    [GeneratedRegex(@"(?<![a-z])(?:the\s+)?week\s+of\s+(?:the\s+)?$", Options, TimeoutMs)]
    private static partial Regex EnBefore { get; }

    // "(the week of) the 9th", "(week of) 9th" — a month after it is DayFirst's longer reading
    [GeneratedRegex(@"(?<=(?<![a-z])week\s+of\s+)(?:the\s+)?(?<d>" + EnDayOfMonth + @")", Options, TimeoutMs)]
    private static partial Regex EnBareDay { get; }

    // "9号(那周)", "十五日(所在的那周)" — not after a month (6月9号 is ChineseDateRules') nor inside a number
    [GeneratedRegex(@"(?<![0-9零〇一二两三四五六七八九十月])(?<d>" + ZhDayNumber + @")\s*[号日](?=" + ZhWeekAfter + @")", Options, TimeoutMs)]
    private static partial Regex ZhBareDay { get; }
}
