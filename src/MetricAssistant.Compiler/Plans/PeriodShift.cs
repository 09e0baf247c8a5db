using System.Globalization;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Compiler.Plans;

/// <summary>
/// How far back the comparison period lies: a whole number of months or of days (or both, when a derived
/// metric's offset input is compared too). The comparison's periods are shifted forward by the same amount
/// so that they line up with the current ones.
/// </summary>
public sealed record PeriodShift(int Months, int Days)
{
    public DateOnly Back(DateOnly date) => date.AddMonths(-Months).AddDays(-Days);

    /// <summary>An SQL interval literal's text, e.g. "12 months", "7 days" or "12 months 7 days".</summary>
    public string IntervalText => (Months, Days) switch
    {
        (not 0, not 0) => $"{Months.ToString(CultureInfo.InvariantCulture)} months {Days.ToString(CultureInfo.InvariantCulture)} days",
        (not 0, _) => $"{Months.ToString(CultureInfo.InvariantCulture)} months",
        _ => $"{Days.ToString(CultureInfo.InvariantCulture)} days",
    };

    public PeriodShift Plus(PeriodShift other) => new(Months + other.Months, Days + other.Days);

    /// <summary>A derived metric's offset_window as a shift.</summary>
    public static PeriodShift Of(CalendarWindow window) => new(window.Months, window.Days);

    /// <summary>
    /// The shift as rows of <paramref name="grain"/> can use it: weekly rows move by whole weeks (a year is 52 weeks,
    /// so Mondays stay Mondays, as year-over-year comparisons do); other grains by the calendar.
    /// </summary>
    public PeriodShift ForGrain(TimeGrain? grain)
    {
        if (grain != TimeGrain.Week || Months == 0) return this;
        var weeks = Months % 12 == 0 ? Months / 12 * 52 : (int)Math.Round(Months * 365.2425 / 12 / 7, MidpointRounding.AwayFromZero);
        return new PeriodShift(0, weeks * 7 + Days);
    }
}
