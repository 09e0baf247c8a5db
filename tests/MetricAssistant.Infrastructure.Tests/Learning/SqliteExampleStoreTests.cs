using MetricAssistant.Application.Learning;
using MetricAssistant.Infrastructure.Learning;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Infrastructure.Tests.Learning;

public sealed class SqliteExampleStoreTests : ExampleStoreContractTests, IDisposable
{
    private readonly TempDirectory folder = new();

    protected override void SkipIfUnavailable()
    {
    }

    protected override ILearnedExampleStore CreateStore() => new SqliteExampleStore(Path.Combine(folder.Path, "nested", "examples.db"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}
