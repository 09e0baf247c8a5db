using System.Collections.Concurrent;
using MetricAssistant.Application.Governance.Freshness;

namespace MetricAssistant.Application.Tests.Governance.Freshness;

/// <summary>A warehouse that says how far each table goes from a dictionary, and counts what it was asked.</summary>
internal sealed class FakeProbe : IFreshnessProbe
{
    public ConcurrentDictionary<string, DateTime?> Newest { get; } = new();

    public ConcurrentQueue<FreshnessSource> Asked { get; } = new();

    public string Generation { get; set; } = "1";

    public Exception? Failure { get; set; }

    public Task<DateTime?> NewestAsync(FreshnessSource source, CancellationToken cancellationToken)
    {
        Asked.Enqueue(source);
        if (Failure is not null) throw Failure;
        return Task.FromResult(Newest.GetValueOrDefault(source.Table.ToString()));
    }
}
