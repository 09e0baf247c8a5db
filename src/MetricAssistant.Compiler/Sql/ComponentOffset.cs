using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler.Plans;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Compiler.Sql;

/// <summary>
/// Where an offset input (last year's GMV) reads its rows and how they land on the current periods: over the earlier
/// range, each row's own time shifted, then bucketed (MetricFlow's rule: 5 days back by month moves the last 5 days of
/// each month into the next). Running totals and conversions shift their period labels instead.
/// </summary>
/// <param name="Range">The range the rows are read over.</param>
/// <param name="LabelShift">Added to each period label.</param>
/// <param name="TimeShift">Added to each row's time before it is bucketed, or null.</param>
/// <param name="TargetDays">By day with a shift in months: the current range's days, each reading the day that far before it.</param>
internal sealed record ComponentOffset(DateRange Range, PeriodShift? LabelShift, PeriodShift? TimeShift, DateRange? TargetDays)
{
    /// <param name="range">The range the component covers without its offset.</param>
    /// <param name="labelShift">The label shift the component already has (the comparison's, for the previous period).</param>
    public static ComponentOffset Of(PlannedComponent component, QueryPlan plan, DateRange range, PeriodShift? labelShift)
    {
        if (component.Offset is not { } offset) return new(range, labelShift, null, null);
        var shift = offset.ForGrain(plan.Grain);
        var earlier = new DateRange(shift.Back(range.Start), shift.Back(range.End));
        // Without a grain only a date part of metric time needs the rows moved forward.
        if (plan.Grain is not { } grain) return new(earlier, null, plan.TimeGroups.Any(t => t.MetricTime) ? shift : null, null);
        if (component.Cumulative || component.Conversion is not null || WholePeriods(shift, grain))
            return new(earlier, labelShift is null ? shift : labelShift.Plus(shift), null, null);
        // Calendar months are not a one-to-one shift of days (31 March and 30 March both read 29 February, nothing
        // reads 30 January): by day, each day of the range reads the day that far before it, as MetricFlow's time
        // spine join does. Coarser periods take each row once, moved forward; MetricFlow sums its day-by-day reads
        // there too, counting 29 February three times (its open bug dbt-labs/metricflow#1758).
        return shift.Months != 0 && grain == TimeGrain.Day
            ? new(earlier, labelShift, shift, range)
            : new(earlier, labelShift, shift, null);
    }

    /// <summary>A shift by whole periods of the grain moves each period onto another whole one: its label moves.</summary>
    private static bool WholePeriods(PeriodShift shift, TimeGrain grain) => grain switch
    {
        TimeGrain.Day => shift.Months == 0,
        TimeGrain.Week => shift.Months == 0 && shift.Days % 7 == 0,
        TimeGrain.Month => shift.Days == 0,
        TimeGrain.Quarter => shift.Days == 0 && shift.Months % 3 == 0,
        TimeGrain.Year => shift.Days == 0 && shift.Months % 12 == 0,
        _ => false,
    };
}
