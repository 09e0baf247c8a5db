using MetricAssistant.QueryModel;

namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>
/// One expression a rule found: where it is, what it means, and what it needs to be joined with a
/// neighbour. <see cref="Range"/> is null only for comparisons (their baseline depends on the main range), bare
/// boundaries (年初) and invalid dates.
/// </summary>
internal sealed record TimeCandidate(int Start, int Length, DateRange? Range, CandidateShape Shape)
{
    public int End => Start + Length;

    /// <summary>Breaks ties between candidates of the same span: 上一周 is last ISO week (relative) before a 7-day window.</summary>
    public int Priority { get; init; }

    /// <summary>Set when the year was implied, so a range can move it ("1月到3月 2025").</summary>
    public PeriodSpec? Floating { get; init; }

    /// <summary>今天 / today: as the end of a range it means "up to, not including, today".</summary>
    public bool IsToday { get; init; }

    public Comparison? Comparison { get; init; }

    /// <summary>Set for 年初 / 年中 / 月底 …: the date this end stands for when it is joined into a range (年初到年中).</summary>
    public PeriodPoint? Point { get; init; }

    public static TimeCandidate Calendar(int start, int length, DateRange range, PeriodSpec? floating = null) =>
        new(start, length, range, CandidateShape.Calendar) { Floating = floating };

    public static TimeCandidate Window(int start, int length, DateRange range) =>
        new(start, length, range, CandidateShape.Window);

    /// <summary>A boundary that names no period on its own (年初, 月中): kept only if a range joins it.</summary>
    public static TimeCandidate Boundary(int start, int length, PeriodPoint point) =>
        new(start, length, null, CandidateShape.Point) { Point = point };

    /// <summary>A date-shaped expression that names no real date ("2025年2月30日").</summary>
    public static TimeCandidate Invalid(int start, int length) => new(start, length, null, CandidateShape.Invalid);

    /// <summary>The range of an expression that names no year: the most recent one that has started.</summary>
    public static TimeCandidate? Implied(int start, int length, PeriodSpec spec, DateOnly today) =>
        spec.TryMostRecent(today, out var range) ? Calendar(start, length, range, spec) : null;

    /// <summary>The range of an expression in a named or relative year (2025年3月, 去年q3).</summary>
    public static TimeCandidate? InYear(int start, int length, PeriodSpec spec, int year) =>
        spec.TryIn(year, out var range) ? Calendar(start, length, range) : null;
}
