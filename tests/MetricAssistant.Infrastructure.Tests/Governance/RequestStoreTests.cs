using MetricAssistant.Application.Governance.Requests;
using MetricAssistant.Infrastructure.Governance.Requests;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Infrastructure.Tests.Governance;

/// <summary>The reference store in memory: one object is the whole store.</summary>
public sealed class InMemoryRequestStoreTests : RequestStoreContractTests
{
    private readonly InMemoryRequestStore store = new();

    protected override bool Durable => false;

    protected override void SkipIfUnavailable()
    {
    }

    protected override IRequestStore CreateStore() => store;
}

/// <summary>The embedded default: one SQLite file.</summary>
public sealed class SqliteRequestStoreTests : RequestStoreContractTests, IDisposable
{
    private readonly TempDirectory folder = new();

    protected override void SkipIfUnavailable()
    {
    }

    protected override IRequestStore CreateStore() => new SqliteRequestStore(Path.Combine(folder.Path, "nested", "requests.db"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}

/// <summary>The store contract against a real PostgreSQL (MA_TEST_POSTGRES, or one started here); skipped with the reason when there is none.</summary>
public sealed class PostgresRequestStoreTests : RequestStoreContractTests
{
    private string? connectionString;

    protected override void SkipIfUnavailable() => Skip.If(PostgresServer.Instance.ConnectionString is null, PostgresServer.Instance.UnavailableReason);

    private string ConnectionString => connectionString ??= PostgresServer.Instance.CreateDatabase("ma_requests");

    protected override IRequestStore CreateStore() => new PostgresRequestStore(ConnectionString);
}
