using MetricAssistant.Application.Charts;
using MetricAssistant.Infrastructure.Charts;
using MetricAssistant.Infrastructure.Shared;
using MetricAssistant.Tests.Shared;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Charts.Tests;

/// <summary>The contract on a real PostgreSQL (MA_TEST_POSTGRES, or one started here); skipped with the reason when there is none.</summary>
public sealed class PostgresChartStoreTests : ChartStoreContractTests, IDisposable
{
    private readonly List<SharedStore> opened = [];
    private string? connectionString;

    protected override void SkipIfUnavailable() => Skip.If(PostgresServer.Instance.ConnectionString is null, PostgresServer.Instance.UnavailableReason);

    protected override IChartStore Open(int minutes = 60)
    {
        var shared = new SharedStore(Options.Create(new SharedStoreOptions { ConnectionString = connectionString ??= PostgresServer.Instance.CreateDatabase("ma_charts") }));
        opened.Add(shared);
        return new PostgresChartStore(shared, TimeSpan.FromMinutes(minutes), Time);
    }

    public void Dispose()
    {
        foreach (var shared in opened) shared.Dispose();
    }
}
