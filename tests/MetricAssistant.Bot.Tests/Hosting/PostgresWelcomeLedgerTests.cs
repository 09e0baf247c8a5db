using MetricAssistant.Application.Conversations;
using MetricAssistant.Infrastructure.Shared;
using MetricAssistant.Infrastructure.Teams;
using MetricAssistant.Tests.Shared;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Bot.Tests.Hosting;

/// <summary>The contract on a real PostgreSQL (MA_TEST_POSTGRES, or one started here), each ledger a replica of its own.</summary>
public sealed class PostgresWelcomeLedgerTests : WelcomeLedgerContractTests, IDisposable
{
    private readonly List<SharedStore> opened = [];
    private string? connectionString;

    protected override void SkipIfUnavailable() => Skip.If(PostgresServer.Instance.ConnectionString is null, PostgresServer.Instance.UnavailableReason);

    protected override IWelcomeLedger Open()
    {
        var shared = new SharedStore(Options.Create(new SharedStoreOptions { ConnectionString = connectionString ??= PostgresServer.Instance.CreateDatabase("ma_welcome") }));
        opened.Add(shared);
        return new PostgresWelcomeLedger(shared, Clock);
    }

    public void Dispose()
    {
        foreach (var shared in opened) shared.Dispose();
    }
}
