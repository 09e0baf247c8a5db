using System.Globalization;

namespace MetricAssistant.Evals.Reports;

/// <summary>A score before and after, as fractions; <see cref="Score"/> is "full", "status", … or "category:&lt;tag&gt;", "language:&lt;lang&gt;".</summary>
public sealed record ScoreDelta(string Set, string Score, double? Before, double? After)
{
    /// <summary>The change in percentage points (null when either side is missing).</summary>
    public double? Points => Before is { } b && After is { } a ? Math.Round((a - b) * 100, 4) : null;

    public string Describe() =>
        $"{Set} {Score}: {Show(Before)} → {Show(After)}" + (Points is { } p ? $" ({p.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture)} pp)" : "");

    private static string Show(double? value) => value is { } v ? (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "n/a";
}
