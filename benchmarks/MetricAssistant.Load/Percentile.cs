namespace MetricAssistant.Load;

/// <summary>Nearest-rank percentiles of a set of times.</summary>
public static class Percentile
{
    public static double Of(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
