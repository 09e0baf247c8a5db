using MetricAssistant.Application.Governance.Freshness;

namespace MetricAssistant.Caching.Tests;

/// <summary>A freshness probe whose watermark and generation a test sets; counts the watermark queries.</summary>
internal sealed class SettableProbe : IFreshnessProbe
{
    private int reads;

    public string Generation { get; set; } = "g1";

    public DateTime? Until { get; set; } = new(2025, 12, 31, 23, 59, 56);

    public int Reads => Volatile.Read(ref reads);

    public Task<DateTime?> NewestAsync(FreshnessSource source, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref reads);
        return Task.FromResult(Until);
    }
}
