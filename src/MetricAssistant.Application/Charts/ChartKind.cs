namespace MetricAssistant.Application.Charts;

/// <summary>The chart an answer gets: a line for a trend, bars for a group-by or ranking, paired bars for a comparison.</summary>
public enum ChartKind
{
    Line,
    Bars,
    ComparisonBars,
}
