using System.Globalization;

namespace MetricAssistant.Application.Formatting;

/// <summary>
/// Numbers for people, the one rule of every door: 万/亿 in Chinese, thousands/millions (or K/M/B on a chart)
/// in English, currency as 元 or ¥, rates as percentages (0.125 → 12.5%).
/// </summary>
public static class NumberFormatter
{
    /// <summary>A value in the words style by the metric's format name (currency, percent, …); null reads "no data".</summary>
    public static string Format(object? value, string format, string language) =>
        Format(RowValues.Number(value), new ValueFormat("", format, 2), language, NumberStyle.Words);

    public static string Format(double? value, ValueFormat format, string language, NumberStyle style)
    {
        var zh = IsChinese(language);
        if (value is not { } number) return zh ? "无数据" : "no data";
        if (style == NumberStyle.Compact && !double.IsFinite(number)) return "—";
        if (format.IsPercent) return Percent(number);
        var scaled = zh ? Chinese(number) : style == NumberStyle.Compact ? EnglishCompact(number) : English(number);
        if (!format.IsCurrency) return scaled;
        if (zh) return scaled + "元";
        return style == NumberStyle.Compact && number < 0 ? "-¥" + scaled[1..] : "¥" + scaled;
    }

    /// <summary>A ratio with its sign, for a change: 0.1176 → "+11.76%", -0.05 → "-5%".</summary>
    public static string SignedPercent(double ratio, string pattern = "0.##")
    {
        var pct = ratio * 100;
        return (pct >= 0 ? "+" : "") + pct.ToString(pattern, CultureInfo.InvariantCulture) + "%";
    }

    public static bool IsChinese(string language) => language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    private static string Percent(double ratio) => (ratio * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string Chinese(double n) => Math.Abs(n) switch
    {
        >= 1e8 => Round(n / 1e8) + "亿",
        >= 1e4 => Round(n / 1e4) + "万",
        _ => Round(n),
    };

    private static string English(double n) => Math.Abs(n) switch
    {
        >= 1e9 => Round(n / 1e9) + " billion",
        >= 1e6 => Round(n / 1e6) + " million",
        >= 1e4 => (n / 1e3).ToString("0.#", CultureInfo.InvariantCulture) + " thousand",
        _ => n.ToString("#,0.##", CultureInfo.InvariantCulture),
    };

    private static string EnglishCompact(double n) => Math.Abs(n) switch
    {
        >= 1e9 => Round(n / 1e9) + "B",
        >= 1e6 => Round(n / 1e6) + "M",
        >= 1e4 => Round(n / 1e3) + "K",
        _ => n.ToString("#,0.##", CultureInfo.InvariantCulture),
    };

    private static string Round(double n) => n.ToString("0.##", CultureInfo.InvariantCulture);
}
