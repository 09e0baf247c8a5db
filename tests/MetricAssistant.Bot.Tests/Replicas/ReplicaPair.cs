using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Bot.Tests.Replicas;

/// <summary>
/// Two replicas, A and B, on one fresh shared PostgreSQL database; A starts first, so the catalog folder is imported into the
/// empty store once. Without PostgreSQL (MA_TEST_POSTGRES, or binaries to start one) there are none and the tests skip.
/// </summary>
public sealed class ReplicaPair : IDisposable
{
    private readonly Lazy<(ReplicaFactory A, ReplicaFactory B)> replicas;

    public ReplicaPair()
    {
        replicas = new(() =>
        {
            var shared = PostgresServer.Instance.CreateDatabase("ma_replicas");
            var a = new ReplicaFactory(shared);
            a.CreateClient().GetAsync("/api/metrics?user=ceo").GetAwaiter().GetResult().EnsureSuccessStatusCode();
            var b = new ReplicaFactory(shared);
            b.CreateClient().GetAsync("/api/metrics?user=ceo").GetAwaiter().GetResult().EnsureSuccessStatusCode();
            return (a, b);
        });
    }

    public static void SkipIfUnavailable() => Skip.If(PostgresServer.Instance.ConnectionString is null, PostgresServer.Instance.UnavailableReason);

    public ReplicaFactory A => replicas.Value.A;

    public ReplicaFactory B => replicas.Value.B;

    public void Dispose()
    {
        if (!replicas.IsValueCreated) return;
        replicas.Value.A.Dispose();
        replicas.Value.B.Dispose();
    }
}
