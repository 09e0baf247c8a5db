using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Formatting;

/// <summary>
/// How a metric's numbers read, from its definition: the unit (CNY, count, people, ratio), the format
/// (currency, integer, decimal, percent) and the decimals shown at most.
/// </summary>
public sealed record ValueFormat(string Unit, string Format, int Decimals)
{
    public const string Percent = "percent";
    public const string Currency = "currency";

    /// <summary>A change as a share of the previous value (0.118 = 11.8%), whatever the metric's own unit.</summary>
    public static ValueFormat Ratio { get; } = new("ratio", Percent, 2);

    public static ValueFormat For(MetricDefinition metric) => new(metric.Unit, metric.Format, metric.Format == "integer" ? 0 : 2);

    public bool IsPercent => Format == Percent;

    public bool IsCurrency => Format == Currency;
}
