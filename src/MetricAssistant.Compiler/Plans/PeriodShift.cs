namespace MetricAssistant.Compiler.Plans;

/// <summary>
/// How far back the comparison period lies: a whole number of months or of days. The comparison's
/// periods are shifted forward by the same amount so that they line up with the current ones.
/// </summary>
public sealed record PeriodShift(int Months, int Days)
{
    public DateOnly Back(DateOnly date) => date.AddMonths(-Months).AddDays(-Days);

    /// <summary>An SQL interval literal's text, e.g. "12 months" or "7 days".</summary>
    public string IntervalText => Months != 0 ? $"{Months} months" : $"{Days} days";
}
