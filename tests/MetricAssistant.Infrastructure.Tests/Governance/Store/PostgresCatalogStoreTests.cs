using MetricAssistant.Application.Governance;
using MetricAssistant.Infrastructure.Governance.Store;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Infrastructure.Tests.Governance.Store;

/// <summary>The store contract against a real PostgreSQL (MA_TEST_POSTGRES, or one started here); skipped with the reason when there is none.</summary>
public sealed class PostgresCatalogStoreTests : CatalogStoreContractTests
{
    private string? connectionString;

    protected override void SkipIfUnavailable() => Skip.If(PostgresServer.Instance.ConnectionString is null, PostgresServer.Instance.UnavailableReason);

    private string ConnectionString => connectionString ??= PostgresServer.Instance.CreateDatabase("ma_catalog");

    protected override ICatalogStore CreateStore() => new PostgresCatalogStore(ConnectionString, Time);
}
