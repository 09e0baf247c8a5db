using System.Text.RegularExpressions;
using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Time.Rules.TimePatterns;

namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>
/// The ten-day parts of a month: 上旬 (days 1–10), 中旬 (11–20), 下旬 (21 to the end), the Chinese calendar's own
/// division, and their English words: early / mid / late June = 6月上旬 / 中旬 / 下旬. Any rule's reading of one
/// calendar month (6月, 2025年6月, 上个月, june 2025, last month) is narrowed, so every month form works; 上旬 alone is
/// the most recent one that has started.
/// </summary>
internal static partial class MonthPartRules
{
    /// <summary>上旬 / 中旬 / 下旬 with no month: the most recent one that has started (this month's, else last month's).</summary>
    public static void Find(string text, DateOnly today, List<TimeCandidate> found)
    {
        foreach (Match m in ZhBare.Matches(text))
        {
            var part = Part(m.Groups["p"].Value);
            var month = DateMath.MonthStart(today);
            if (month.AddDays(10 * part) > today) month = month.AddMonths(-1);
            found.Add(TimeCandidate.Calendar(m.Index, m.Length, Range(month, part)));
        }
    }

    public static void Narrow(string text, List<TimeCandidate> accepted)
    {
        for (var i = 0; i < accepted.Count; i++)
        {
            var c = accepted[i];
            if (c.Shape != CandidateShape.Calendar || c.Range is not { } month || month.Start.Day != 1 || month.End != month.Start.AddMonths(1)) continue;
            var from = i > 0 ? accepted[i - 1].End : 0;
            var before = EnBefore.Match(text, from, c.Start - from);
            var after = ZhAfter.Match(text, c.End);
            if (!before.Success && !after.Success) continue;
            var part = Part(before.Success ? before.Groups["p"].Value : after.Groups["p"].Value);
            var range = Range(month.Start, part);
            var start = before.Success ? before.Index : c.Start;
            var end = after.Success ? after.Index + after.Length : c.End;
            accepted[i] = TimeCandidate.Calendar(start, end - start, range);
            while (i + 1 < accepted.Count && accepted[i + 1].Start < end) accepted.RemoveAt(i + 1);
        }
    }

    /// <summary>0 for 上旬 / early, 1 for 中旬 / mid, 2 for 下旬 / late.</summary>
    private static int Part(string word) => word switch { "上旬" or "early" => 0, "中旬" or "mid" => 1, _ => 2 };

    /// <summary>Days 1–10, 11–20, or 21 to the end of the month starting <paramref name="month"/>.</summary>
    private static DateRange Range(DateOnly month, int part)
    {
        var first = month.AddDays(10 * part);
        return new DateRange(first, part == 2 ? month.AddMonths(1) : first.AddDays(10));
    }

    // "上旬" alone — after a month (6月上旬, 上个月下旬) the month is narrowed instead
    [GeneratedRegex(@"(?<!月份?\s*的?\s*)(?<p>上旬|中旬|下旬)", Options, TimeoutMs)]
    private static partial Regex ZhBare { get; }

    // "上旬", "的中旬", "下旬"
    [GeneratedRegex(@"\G\s*的?\s*(?<p>上旬|中旬|下旬)", Options, TimeoutMs)]
    private static partial Regex ZhAfter { get; }

    // "early ", "mid-", "late ", "in early "
    [GeneratedRegex(@"(?<![a-z])(?<p>early|mid|late)(?:\s*-\s*|\s+)$", Options, TimeoutMs)]
    private static partial Regex EnBefore { get; }
}
