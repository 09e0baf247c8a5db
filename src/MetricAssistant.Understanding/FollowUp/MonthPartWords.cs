using System.Text.RegularExpressions;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Understanding.FollowUp;

/// <summary>
/// A ten-day part of a month named with no month ("中旬呢", "下旬", "月底那几天呢", "what about mid-month"): in a conversation it
/// is that part of the conversation's month (7月上旬 → 中旬呢 is mid-July), not the most recent one, which it stays alone
/// (CONVENTIONS "Time"). 月底 / 月末 alone stay period-end words; only "the last days of the month" is the last part.
/// </summary>
public static partial class MonthPartWords
{
    /// <summary>Where a bare month part is said and which (0 first ten days, 1 middle, 2 last).</summary>
    public sealed record Mention(int Start, int Length, int Part);

    // Not after a month (7月中旬, 上个月下旬): that part is of the month named.
    [GeneratedRegex(@"(?<!月份?\s*的?\s*)(?<p0>上旬|月初(那|这)?(几|一)(天|段|阵)|月初(那|这)(天|段|阵))|(?<!月份?\s*的?\s*)(?<p1>中旬|月中(那|这)?(几|一)(天|段|阵)|月中(那|这)(天|段|阵))|(?<!月份?\s*的?\s*)(?<p2>下旬|(月底|月末)(那|这)?(几|一)(天|段|阵)|(月底|月末)(那|这)(天|段|阵))|(?<![a-z0-9])(?<p0>early(-| in the | )month|the (start|beginning) of the month|the first ten days( of the month)?)(?![a-z0-9])|(?<![a-z0-9])(?<p1>mid-?\s?month|the middle of the month|the second ten days( of the month)?)(?![a-z0-9])|(?<![a-z0-9])(?<p2>late(-| in the | )month|the last (ten|few) days( of the month)?|the tail end of the month)(?![a-z0-9])")]
    private static partial Regex Bare();

    public static Mention? Find(string text)
    {
        var m = Bare().Match(text);
        if (!m.Success) return null;
        var part = m.Groups["p0"].Success ? 0 : m.Groups["p1"].Success ? 1 : 2;
        return new Mention(m.Index, m.Length, part);
    }

    /// <summary>The part of the one calendar month <paramref name="range"/> lies in, or null when it spans more than one.</summary>
    public static DateRange? Of(DateRange range, int part)
    {
        var month = new DateOnly(range.Start.Year, range.Start.Month, 1);
        if (range.End > month.AddMonths(1)) return null;
        var first = month.AddDays(10 * part);
        return new DateRange(first, part == 2 ? month.AddMonths(1) : first.AddDays(10));
    }
}
