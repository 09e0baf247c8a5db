using System.Globalization;

namespace MetricAssistant.Application.Answers;

/// <summary>Numbers for people: 万/亿 in Chinese, thousands/millions in English, rates as percentages.</summary>
public static class NumberFormatter
{
    public static string Format(object? value, string format, string language)
    {
        if (value is null) return language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "无数据" : "no data";
        var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
        var zh = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        if (format == "percent") return (number * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
        var scaled = zh ? Chinese(number) : English(number);
        return format == "currency" ? (zh ? scaled + "元" : "¥" + scaled) : scaled;
    }

    private static string Chinese(double n) => Math.Abs(n) switch
    {
        >= 1e8 => (n / 1e8).ToString("0.##", CultureInfo.InvariantCulture) + "亿",
        >= 1e4 => (n / 1e4).ToString("0.##", CultureInfo.InvariantCulture) + "万",
        _ => n.ToString("0.##", CultureInfo.InvariantCulture),
    };

    private static string English(double n) => Math.Abs(n) switch
    {
        >= 1e9 => (n / 1e9).ToString("0.##", CultureInfo.InvariantCulture) + " billion",
        >= 1e6 => (n / 1e6).ToString("0.##", CultureInfo.InvariantCulture) + " million",
        >= 1e4 => (n / 1e3).ToString("0.#", CultureInfo.InvariantCulture) + " thousand",
        _ => n.ToString("#,0.##", CultureInfo.InvariantCulture),
    };
}
