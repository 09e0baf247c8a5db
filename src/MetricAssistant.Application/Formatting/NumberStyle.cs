namespace MetricAssistant.Application.Formatting;

/// <summary>
/// Words for sentences and tables (1.23 million, 1234.57万元); compact for chart axes and bar labels
/// (¥1.23M, 1234.57万元). Chinese reads the same in both.
/// </summary>
public enum NumberStyle
{
    Words,
    Compact,
}
