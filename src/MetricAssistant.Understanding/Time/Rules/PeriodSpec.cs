using MetricAssistant.QueryModel;

namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>
/// An expression written without a year ("3月", "q3", "3月8日", "下半年"), kept so that it can be placed
/// in another year when it is one end of a range ("2025年1月到3月" puts "3月" in 2025).
/// <see cref="Number"/> is the month, the quarter (1–4) or the half (1–2); <see cref="Day"/> only for days.
/// </summary>
internal readonly record struct PeriodSpec(TimeUnit Unit, int Number, int Day = 0)
{
    public bool TryIn(int year, out DateRange range)
    {
        range = null!;
        if (!DateMath.IsSafeYear(year)) return false;
        switch (Unit)
        {
            case TimeUnit.Day:
                if (Number is < 1 or > 12 || Day < 1 || Day > DateTime.DaysInMonth(year, Number)) return false;
                range = DateMath.Day(new DateOnly(year, Number, Day));
                return true;
            case TimeUnit.Month when Number is >= 1 and <= 12:
                range = DateMath.Months(new DateOnly(year, Number, 1), 1);
                return true;
            case TimeUnit.Quarter when Number is >= 1 and <= 4:
                range = DateMath.Months(new DateOnly(year, Number * 3 - 2, 1), 3);
                return true;
            case TimeUnit.Half when Number is 1 or 2:
                range = DateMath.Months(new DateOnly(year, Number * 6 - 5, 1), 6);
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// The most recent occurrence that has started by <paramref name="today"/> (CONVENTIONS: "3月 without a
    /// year → the most recent March that has started"). Looks back up to 8 years so that 2月29日 finds a leap year.
    /// </summary>
    public bool TryMostRecent(DateOnly today, out DateRange range)
    {
        for (var year = today.Year; year >= today.Year - 8; year--)
            if (TryIn(year, out range) && range.Start <= today) return true;
        range = null!;
        return false;
    }
}
