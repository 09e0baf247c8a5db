using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler.Plans;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Compiler.Sql;

/// <summary>
/// The rows a running total reads: everything up to each period's end (or the range's end without a grain), and for a
/// trailing window or a grain-to-date total only those since its window's start.
/// </summary>
internal sealed class CumulativeSqlWriter(SqlDialect dialect, ParameterBag parameters)
{
    /// <summary>The range's periods as the derived table "s": each with its end and, windowed, its window's start.</summary>
    public string Spine(TimeGrain grain, DateRange range, PeriodShift? labelShift, PlannedComponent component)
    {
        var first = parameters.Add(ComponentSqlWriter.ToTimestamp(PeriodMath.Truncate(range.Start, grain)));
        var last = parameters.Add(ComponentSqlWriter.ToTimestamp(PeriodMath.Truncate(range.End.AddDays(-1), grain)));
        var end = parameters.Add(ComponentSqlWriter.ToTimestamp(range.End));
        var label = labelShift is null ? "g.gs" : dialect.AddInterval("g.gs", labelShift.IntervalText);
        var periodEnd = dialect.ToDate(dialect.AddInterval("g.gs", PeriodMath.IntervalOf(grain)));
        var periods = $"SELECT {dialect.ToDate(label)} AS period, LEAST({periodEnd}, {dialect.ToDate(end)}) AS period_end FROM {dialect.Series(first, last, PeriodMath.IntervalOf(grain), "g", "gs")}";
        if (!component.Windowed) return $"({periods}) AS s";
        // Each period's window ends with the period (or the range): the trailing window, or the start of its grain-to-date.
        var windowStart = component.Window is { } window
            ? dialect.ToDate(dialect.SubtractInterval("p.period_end", window.IntervalText))
            : dialect.ToDate(dialect.DateTrunc(component.GrainToDate!.Value, dialect.SubtractInterval("p.period_end", "1 day")));
        return $"(SELECT p.period, p.period_end, {windowStart} AS window_start FROM ({periods}) AS p) AS s";
    }

    /// <summary>The conditions on the rows' <paramref name="time"/>; with a grain they read the spine "s".</summary>
    public IReadOnlyList<string> Conditions(PlannedComponent component, TimeGrain? grain, DateRange range, string time)
    {
        var where = new List<string>();
        if (grain is { } periodGrain)
        {
            where.Add($"{time} < s.period_end");
            if (!component.Windowed) return where;
            // Rows before the range's start are read: the first periods' windows reach back before it.
            where.Add($"{time} >= s.window_start");
            where.Add($"{time} >= {parameters.Add(ComponentSqlWriter.ToTimestamp(WindowStart(component, FirstPeriodEnd(periodGrain, range))))}");
        }
        else if (component.Windowed) where.Add($"{time} >= {parameters.Add(ComponentSqlWriter.ToTimestamp(WindowStart(component, range.End)))}");
        where.Add($"{time} < {parameters.Add(ComponentSqlWriter.ToTimestamp(range.End))}");
        return where;
    }

    private static DateOnly FirstPeriodEnd(TimeGrain grain, DateRange range)
    {
        var next = PeriodMath.Next(PeriodMath.Truncate(range.Start, grain), grain);
        return next < range.End ? next : range.End;
    }

    /// <summary>Where a windowed cumulative's window starts when it ends at <paramref name="end"/> (exclusive).</summary>
    private static DateOnly WindowStart(PlannedComponent component, DateOnly end) =>
        component.Window is { } window ? window.Before(end) : PeriodMath.Truncate(end.AddDays(-1), component.GrainToDate!.Value);
}
