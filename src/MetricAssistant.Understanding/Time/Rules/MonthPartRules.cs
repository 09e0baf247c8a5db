using System.Text.RegularExpressions;
using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Time.Rules.TimePatterns;

namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>
/// The ten-day parts of a month: 上旬 (days 1–10), 中旬 (11–20), 下旬 (21 to the end), the Chinese calendar's own
/// division, and their English words: early / mid / late June = 6月上旬 / 中旬 / 下旬. Any rule's reading of one
/// calendar month (6月, 2025年6月, 上个月, june 2025, last month) is narrowed, so every month form works.
/// </summary>
internal static partial class MonthPartRules
{
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
            var part = before.Success ? before.Groups["p"].Value switch { "early" => 0, "mid" => 1, _ => 2 }
                : after.Groups["p"].Value[0] switch { '上' => 0, '中' => 1, _ => 2 };
            var first = month.Start.AddDays(10 * part);
            var range = new DateRange(first, part == 2 ? month.End : first.AddDays(10));
            var start = before.Success ? before.Index : c.Start;
            var end = after.Success ? after.Index + after.Length : c.End;
            accepted[i] = TimeCandidate.Calendar(start, end - start, range);
            while (i + 1 < accepted.Count && accepted[i + 1].Start < end) accepted.RemoveAt(i + 1);
        }
    }

    // "上旬", "的中旬", "下旬"
    [GeneratedRegex(@"\G\s*的?\s*(?<p>上旬|中旬|下旬)", Options, TimeoutMs)]
    private static partial Regex ZhAfter { get; }

    // "early ", "mid-", "late ", "in early "
    [GeneratedRegex(@"(?<![a-z])(?<p>early|mid|late)(?:\s*-\s*|\s+)$", Options, TimeoutMs)]
    private static partial Regex EnBefore { get; }
}
