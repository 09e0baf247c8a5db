
using MetricAssistant.Application.Formatting;
namespace MetricAssistant.Application.Charts;

/// <summary>
/// Chart values by the unit a <see cref="ChartSpec"/> carries (ratio, CNY, count, …), in <see cref="NumberFormatter"/>'s
/// compact style: 0.125 → 12.5%, 12345678 → 1234.57万元 in Chinese and ¥12.35M in English.
/// </summary>
public static class ChartNumberFormat
{
    public const string Ratio = "ratio";
    public const string Currency = "CNY";

    public static string Format(double value, string unit, bool zh) =>
        NumberFormatter.Format(value, FormatOf(unit), zh ? "zh" : "en", NumberStyle.Compact);

    private static ValueFormat FormatOf(string unit) => unit switch
    {
        Ratio => ValueFormat.Ratio,
        Currency => new ValueFormat(unit, ValueFormat.Currency, 2),
        _ => new ValueFormat(unit, "decimal", 2),
    };
}
