namespace MetricAssistant.Application.Contracts;

/// <summary>The chart the server chose for an answer (none: <c>display.chart</c> is null).</summary>
public enum DisplayChartKind
{
    /// <summary>A trend: one line per series over the periods.</summary>
    Line,

    /// <summary>One bar per category (a group-by or a ranking).</summary>
    Bar,

    /// <summary>Bars side by side per category: the current period next to the one it is compared with.</summary>
    GroupedBar,

    /// <summary>A single compared number: its current and previous values as two bars, one per series.</summary>
    Pair,
}
