using System.Text.RegularExpressions;

namespace MetricAssistant.Understanding.Text;

/// <summary>
/// Indian and business English say a calendar unit with "-wise" for the grain: "month-wise orders", "week wise gmv",
/// "datewise sales" are monthly orders, weekly GMV, daily sales ("date-wise" is by day). Written as the adverb every reader
/// knows; "refund-wise" (as for refunds) is no unit and is left. The text is already normalised (hyphens between words read
/// as spaces).
/// </summary>
public static partial class UnitWiseWords
{
    [GeneratedRegex(@"(?<![a-z0-9])(day|date|week|month|quarter|year)\s?wise(?![a-z0-9])")]
    private static partial Regex UnitWise();

    /// <summary>The text with each unit-wise word read as its adverb; the same string when there is none.</summary>
    public static string Read(string text) =>
        !text.Contains("wise", StringComparison.Ordinal) ? text : UnitWise().Replace(text, m => m.Groups[1].Value switch
        {
            "day" or "date" => "daily",
            "week" => "weekly",
            "month" => "monthly",
            "quarter" => "quarterly",
            _ => "yearly",
        });
}
