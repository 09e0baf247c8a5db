using System.Text.RegularExpressions;
using static MetricAssistant.Understanding.Time.Rules.TimePatterns;

namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>
/// All-number dates with the year last, and ranges of two: 22-01-2019, 1/22/2019, 02-02-2020 - 03-03-2020. Day-first and month-first
/// orders both exist, so the date is read only when the numbers decide it (one is above 12, or both are
/// equal). Otherwise the whole expression is marked invalid, so that no part of it ("1-2018" as January,
/// "2018" as the year) is read on its own: we do not guess (CONVENTIONS, ambiguous numeric dates).
/// </summary>
internal static partial class NumericDateRules
{
    public static void Find(string text, DateOnly today, List<TimeCandidate> found)
    {
        foreach (Match m in DayMonthYear.Matches(text))
        {
            var first = Read(m, "a", "b", "y");
            var second = m.Groups["y2"].Success ? Read(m, "a2", "b2", "y2") : first;
            // Both ends must be readable; a range ("02-02-2020 - 03-03-2020") includes its end day (CONVENTIONS).
            var candidate = first is { } f && second is { } s && s >= f
                ? TimeCandidate.Calendar(m.Index, m.Length, new MetricAssistant.QueryModel.DateRange(f, s.AddDays(1)))
                : TimeCandidate.Invalid(m.Index, m.Length);
            found.Add(candidate);
        }
    }

    private static DateOnly? Read(Match m, string aGroup, string bGroup, string yearGroup)
    {
        var a = int.Parse(m.Groups[aGroup].ValueSpan);
        var b = int.Parse(m.Groups[bGroup].ValueSpan);
        var year = int.Parse(m.Groups[yearGroup].ValueSpan);
        (int Month, int Day)? date = a == b || (a > 12 && b <= 12) ? (b, a) : b > 12 && a <= 12 ? (a, b) : null;
        return date is { } d && new PeriodSpec(TimeUnit.Day, d.Month, d.Day).TryIn(year, out var range) ? range.Start : null;
    }

    // "22-01-2019", "1/22/2019", "02.02.2020", "10-1-2018-10-7-2018", "02-02-2020 - 03-03-2020" — not "2018/1/10" (year first: ChineseDateRules)
    [GeneratedRegex(@"(?<![0-9./-])(?<a>[0-9]{1,2})(?<sep>[-/.])(?<b>[0-9]{1,2})\k<sep>(?<y>(?:19|20)[0-9]{2})(?![0-9])(?:\s*(?:-|–|to|through|till|until)\s*(?<a2>[0-9]{1,2})(?<sep2>[-/.])(?<b2>[0-9]{1,2})\k<sep2>(?<y2>(?:19|20)[0-9]{2})(?![0-9]))?", Options, TimeoutMs)]
    private static partial Regex DayMonthYear { get; }
}
