namespace MetricAssistant.Load;

/// <summary>Two replicas, A and B, started together on the same shared store, warehouse and Redis.</summary>
public sealed class ReplicaPair : IAsyncDisposable
{
    private ReplicaPair(Replica a, Replica b) => (A, B) = (a, b);

    public Replica A { get; }

    public Replica B { get; }

    public IReadOnlyList<Replica> All => [A, B];

    public static async Task<ReplicaPair> StartAsync(LoadSettings settings, bool cached, HttpClient http, CancellationToken cancellationToken)
    {
        var starting = new[] { "a", "b" }.Select((name, i) => Replica.StartAsync(settings, name, settings.ReplicaPort(i), cached, http, cancellationToken)).ToArray();
        try
        {
            await Task.WhenAll(starting);
        }
        catch
        {
            foreach (var started in starting.Where(t => t.IsCompletedSuccessfully)) await started.Result.DisposeAsync();
            throw;
        }
        return new ReplicaPair(starting[0].Result, starting[1].Result);
    }

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
    }
}
