using System.Globalization;

namespace MetricAssistant.Application.Charts;

/// <summary>
/// Compact numbers for axes and bar labels, as the portal shows them: ratios as percentages (0.125 → 12.5%),
/// amounts in 万/亿 in Chinese (12345678 → 1234.57万元) and K/M/B in English (→ ¥12.35M).
/// </summary>
public static class ChartNumberFormat
{
    public const string Ratio = "ratio";
    public const string Currency = "CNY";

    public static string Format(double value, string unit, bool zh)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) return "—";
        if (unit == Ratio) return (value * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
        var text = zh ? Chinese(value) : English(value);
        if (unit != Currency) return text;
        return zh ? text + "元" : (value < 0 ? "-¥" + text[1..] : "¥" + text);
    }

    private static string Chinese(double n) => Math.Abs(n) switch
    {
        >= 1e8 => Round(n / 1e8) + "亿",
        >= 1e4 => Round(n / 1e4) + "万",
        _ => Round(n),
    };

    private static string English(double n) => Math.Abs(n) switch
    {
        >= 1e9 => Round(n / 1e9) + "B",
        >= 1e6 => Round(n / 1e6) + "M",
        >= 1e4 => Round(n / 1e3) + "K",
        _ => n.ToString("#,0.##", CultureInfo.InvariantCulture),
    };

    private static string Round(double n) => n.ToString("0.##", CultureInfo.InvariantCulture);
}
