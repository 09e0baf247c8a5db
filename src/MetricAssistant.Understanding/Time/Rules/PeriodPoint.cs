namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>
/// A boundary inside a year or a month, said as one end of a range: 年初 / the start of the year (1 January),
/// 年中 / mid-year (1 July), 年底 / 年末 (1 January next), 月初 (the 1st), 月中 / mid-month (the 16th), 月底 / 月末
/// (the 1st of the next month). Half-open, so the same date serves both ends: 年初到年中 is [1 Jan, 1 Jul), the first
/// half, and 年中到年底 is [1 Jul, 1 Jan), the second. <see cref="Anchor"/> is a day of the year or month named
/// (2024年年初, 6月初, 上个月底); null when none was, and then the range's other end, or today, names it.
/// </summary>
internal readonly record struct PeriodPoint(TimeUnit Unit, PointAt At, DateOnly? Anchor)
{
    /// <summary>The boundary in the year or month of <see cref="Anchor"/>, else of <paramref name="other"/>, else of today.</summary>
    public DateOnly Resolve(DateOnly? other, DateOnly today)
    {
        var day = Anchor ?? other ?? today;
        if (Unit == TimeUnit.Year)
        {
            var jan1 = new DateOnly(day.Year, 1, 1);
            return At switch { PointAt.Start => jan1, PointAt.Middle => jan1.AddMonths(6), _ => jan1.AddYears(1) };
        }
        var first = DateMath.MonthStart(day);
        return At switch { PointAt.Start => first, PointAt.Middle => first.AddDays(15), _ => first.AddMonths(1) };
    }
}
