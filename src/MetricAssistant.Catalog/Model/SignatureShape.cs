namespace MetricAssistant.Catalog.Model;

/// <summary>How a metric turns rows into one number, as people describe it ("how many", "a share of", "per person", "in total so far").</summary>
public enum SignatureShape
{
    /// <summary>A count of rows (orders, appointments).</summary>
    Count,
    /// <summary>A count of distinct things (customers who paid).</summary>
    DistinctCount,
    /// <summary>A sum (money, units, visitors).</summary>
    Sum,
    /// <summary>A ratio read as a share or rate of A in B (refund rate, cancellation rate).</summary>
    Share,
    /// <summary>A ratio read as an amount per unit of B (spend per paying customer, revenue per staff).</summary>
    AveragePer,
    /// <summary>A running total up to the end of the period (all members so far).</summary>
    Cumulative,
    /// <summary>A total over a trailing window ending at each period (7-day rolling GMV).</summary>
    Rolling,
    /// <summary>A total from the start of a calendar period to each period's end (month-to-date GMV).</summary>
    ToDate,
    /// <summary>A semi-additive level averaged over the periods (average headcount).</summary>
    PeriodAverage,
    /// <summary>An expression over other metrics.</summary>
    Derived,
}
