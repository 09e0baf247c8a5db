namespace MetricAssistant.Evals.Scoring;

/// <summary>Latency of <c>AskAsync</c> in milliseconds: nearest-rank percentiles, maximum and mean.</summary>
public sealed record LatencyStats(int Count, double P50, double P95, double Max, double Mean)
{
    public static readonly LatencyStats Empty = new(0, 0, 0, 0, 0);

    public static LatencyStats From(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0) return Empty;
        return new LatencyStats(sorted.Length, Round(Percentile(sorted, 0.50)), Round(Percentile(sorted, 0.95)), Round(sorted[^1]), Round(sorted.Average()));
    }

    private static double Percentile(double[] sorted, double p)
    {
        var rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    private static double Round(double value) => Math.Round(value, 2);
}
