using System.Text.RegularExpressions;
using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Time.Rules.TimePatterns;

namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>
/// Joins two calendar expressions into one range and reads "since" phrases, after single expressions
/// are chosen:
/// <list type="bullet">
/// <item>"A 到 B" / "from A to B" / "A-B" / "between A and B" / "A和B之间" → [A.start, B.end): both ends
/// included (CONVENTIONS: 2025年1月到3月 → [01-01, 04-01); 3月1日到3月15日 → [03-01, 03-16)). An end
/// without a year takes the other end's year (1月到3月 2025; 12月到2月 crosses into the next year).
/// "A 到今天" ends before today, as 今年以来 does. A boundary end (年初, 年中, 月底: <see cref="PeriodPoint"/>) is a
/// date: 年初到年中 → [01-01, 07-01).</item>
/// <item>"A之后B之前" → [A.start, B.start), as Recognizers reads it.</item>
/// <item>"A以来" / "A至今" / "since A" → [A.start, today).</item>
/// </list>
/// </summary>
internal static partial class RangeComposer
{
    [GeneratedRegex(@"(?:周|週|星期|礼拜|禮拜)(?<wd>[一二三四五六日天1-7])", Options, TimeoutMs)]
    private static partial Regex BareWeekday { get; }

    public static void Compose(string text, DateOnly today, List<TimeCandidate> accepted)
    {
        for (var i = 0; i + 1 < accepted.Count; i++)
        {
            var merged = TryJoin(text, today, accepted[i], accepted[i + 1]);
            if (merged is null) continue;
            accepted[i] = merged;
            accepted.RemoveAt(i + 1);
        }
        for (var i = 0; i < accepted.Count; i++)
        {
            var since = TrySince(text, today, accepted[i]);
            if (since is null) continue;
            accepted[i] = since;
            // "以来" / "到今天" may cover a neighbour that was read on its own ("今天"): the longer reading stays.
            while (i + 1 < accepted.Count && accepted[i + 1].Start < since.End) accepted.RemoveAt(i + 1);
        }
        // A boundary nothing joined names no period: 年初 alone is too vague to guess (CONVENTIONS).
        accepted.RemoveAll(static c => c.Shape == CandidateShape.Point);
    }

    private static TimeCandidate? TryJoin(string text, DateOnly today, TimeCandidate a, TimeCandidate b)
    {
        if (!IsEnd(a) || !IsEnd(b) || a.IsToday) return null;
        var gap = text.AsSpan(a.End, b.Start - a.End);
        var start = a.Start;
        var end = b.End;
        var prefix = LastMatch(Prefix, text.AsSpan(0, a.Start));
        var suffix = FirstMatch(BetweenSuffix, text.AsSpan(b.End));
        var afterBefore = false;
        if (AfterJoiner.IsMatch(gap) && FirstMatch(BeforeSuffix, text.AsSpan(b.End)) is { Length: > 0 } before)
        {
            // "2010年之后2018年之前": from A up to the start of B, as Recognizers reads it (not A alone).
            afterBefore = true;
            end = b.End + before.Length;
        }
        else if (!Joiner.IsMatch(gap))
        {
            // "and" / 和 / 与 make a range only with between … and / …之间: "3月和5月" are two months.
            var isBetween = (prefix.Length > 0 && text.AsSpan(prefix.Index, prefix.Length).Trim() is "between" or "在") || suffix.Length > 0;
            if (!isBetween || !AndJoiner.IsMatch(gap)) return null;
        }
        if (prefix.Length > 0) start = prefix.Index;
        if (suffix.Length > 0) end = b.End + suffix.Length;

        var first = a.Range;
        var last = b.Range;
        if (first is not null && last is not null)
        {
            if (a.Floating is { } fa && b.Floating is null)
            {
                if (fa.TryIn(last.Start.Year, out var moved))
                    first = moved.Start > last.Start && fa.TryIn(last.Start.Year - 1, out var earlier) ? earlier : moved;
            }
            else if (b.Floating is { } fb && fb.TryIn(first.Start.Year, out var moved))
            {
                last = moved.Start < first.Start && fb.TryIn(first.Start.Year + 1, out var later) ? later : moved;
            }
        }
        // "上礼拜一到礼拜三": a bare weekday at the end is in the start's week, not in this week (whose Wednesday may have passed).
        if (first is not null && last is not null && first.Days == 1 && BareWeekday.Match(text, b.Start, b.Length) is { Success: true } weekday
            && weekday.Length == b.Length)
        {
            var day = DateMath.WeekStart(first.Start).AddDays(DateMath.WeekdayOffset(weekday.Groups["wd"].Value));
            if (day >= first.Start) last = DateMath.Day(day);
        }
        // A boundary (年初, 月底) is a date, not a period: the range starts or ends there. One without a year or
        // month of its own takes the other end's (3月到年底), or today's when neither names one (年初到年中).
        var rangeStart = a.Point is { } pa ? pa.Resolve(Names(b, last), today) : first!.Start;
        var rangeEnd = b.IsToday ? today : b.Point is { } pb ? pb.Resolve(Names(a, first), today) : afterBefore ? last!.Start : last!.End;
        if (rangeEnd <= rangeStart) return null;
        return TimeCandidate.Calendar(start, end - start, new DateRange(rangeStart, rangeEnd));
    }

    /// <summary>A day of the year or month an end names; none for a boundary that names none (年中 alone is the most recent).</summary>
    private static DateOnly? Names(TimeCandidate c, DateRange? range) => c.Point is { Anchor: null } ? null : range?.Start;

    private static bool IsEnd(TimeCandidate c) => c.Shape is CandidateShape.Calendar or CandidateShape.Point;

    private static TimeCandidate? TrySince(string text, DateOnly today, TimeCandidate c)
    {
        if (!IsEnd(c) || c.IsToday) return null;
        // "年中以来": since the boundary (1 July), not since the start of the mid-year months.
        var from = c.Point is { } point ? point.Resolve(null, today) : c.Range!.Start;
        if (from >= today) return null;
        var prefix = LastMatch(SincePrefix, text.AsSpan(0, c.Start));
        var suffix = FirstMatch(SinceSuffix, text.AsSpan(c.End));
        if (suffix.Length == 0 && prefix.Length > 0) suffix = FirstMatch(StartSuffix, text.AsSpan(c.End));
        if (suffix.Length == 0 && (prefix.Length == 0 || text.AsSpan(prefix.Index, prefix.Length).Trim() is "从")) return null;
        var start = prefix.Length > 0 ? prefix.Index : c.Start;
        var end = c.End + suffix.Length;
        return TimeCandidate.Window(start, end - start, new DateRange(from, today));
    }

    private static ValueMatch FirstMatch(Regex regex, ReadOnlySpan<char> text)
    {
        foreach (var m in regex.EnumerateMatches(text)) return m;
        return default;
    }

    private static ValueMatch LastMatch(Regex regex, ReadOnlySpan<char> text)
    {
        // The patterns end with $, so the one match (if any) is the last one.
        foreach (var m in regex.EnumerateMatches(text)) return m;
        return default;
    }

    // "到", " to ", "-", "至", "through"
    [GeneratedRegex(@"^\s*" + RangeJoiner + @"\s*(?:the\s+)?$", Options, TimeoutMs)]
    private static partial Regex Joiner { get; }

    // "(2010年)之后(2018年之前)", "以后"
    [GeneratedRegex(@"^\s*(?:之后|以后)\s*$", Options, TimeoutMs)]
    private static partial Regex AfterJoiner { get; }

    // "(2018年)之前", "以前"
    [GeneratedRegex(@"^\s*(?:之前|以前)", Options, TimeoutMs)]
    private static partial Regex BeforeSuffix { get; }

    // " and ", "和", "与", "及"
    [GeneratedRegex(@"^\s*(?:and|和|与|及|跟)\s*$", Options, TimeoutMs)]
    private static partial Regex AndJoiner { get; }

    // "从", "from ", "between ", "在"
    [GeneratedRegex(@"(?:从|自|在|(?<![a-z])(?:from|between))\s*$", Options, TimeoutMs)]
    private static partial Regex Prefix { get; }

    // "之间", "间"
    [GeneratedRegex(@"^\s*(?:之间|间)", Options, TimeoutMs)]
    private static partial Regex BetweenSuffix { get; }

    // "since ", "自", "自从", "从"; "so far this month", "thus far in 2025": the period to date, as "this month so far"
    [GeneratedRegex(@"(?:自从|自|从|(?<![a-z])since|(?<![a-z])(?:so|thus)\s+far(?:\s+in)?)\s*$", Options, TimeoutMs)]
    private static partial Regex SincePrefix { get; }

    // "以来", "至今", "到现在", "to date", "so far", "(between jan 22) and now"
    [GeneratedRegex(@"^\s*(?:以来|至今|迄今|到现在|到目前为止|到目前|到今天|开始至今|起至今|(?:to|till|until|up to|through)\s+(?:date|now|today)(?![a-z])|and\s+now(?![a-z])|so\s+far(?![a-z]))", Options, TimeoutMs)]
    private static partial Regex SinceSuffix { get; }

    // "起", "开始" (only after 自 / 从: "从2016年3月1日开始")
    [GeneratedRegex(@"^\s*(?:起|开始)", Options, TimeoutMs)]
    private static partial Regex StartSuffix { get; }
}
