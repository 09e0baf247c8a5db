namespace MetricAssistant.QueryModel;

/// <summary>A half-open range of days: <see cref="Start"/> inclusive, <see cref="End"/> exclusive.</summary>
public sealed record DateRange(DateOnly Start, DateOnly End)
{
    public int Days => End.DayNumber - Start.DayNumber;
    public bool IsWholeMonths => Start.Day == 1 && End.Day == 1;
    public int Months => (End.Year - Start.Year) * 12 + End.Month - Start.Month;
    public override string ToString() => $"[{Start:yyyy-MM-dd}, {End:yyyy-MM-dd})";
}
