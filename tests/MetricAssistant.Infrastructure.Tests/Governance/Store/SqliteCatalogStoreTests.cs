using MetricAssistant.Application.Governance;
using MetricAssistant.Infrastructure.Governance.Store;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Infrastructure.Tests.Governance.Store;

/// <summary>The store contract on one SQLite file, each client a store object of its own.</summary>
public sealed class SqliteCatalogStoreTests : CatalogStoreContractTests, IDisposable
{
    private readonly TempDirectory folder = new();

    protected override void SkipIfUnavailable() { }

    protected override ICatalogStore CreateStore() => new SqliteCatalogStore(Path.Combine(folder.Path, "data", "catalog.db"), Time);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}
