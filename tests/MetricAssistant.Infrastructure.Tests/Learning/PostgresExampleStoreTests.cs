using MetricAssistant.Application.Learning;
using MetricAssistant.Infrastructure.Learning;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Infrastructure.Tests.Learning;

/// <summary>The store contract against a real PostgreSQL (MA_TEST_POSTGRES, or one started here); skipped with the reason when there is none.</summary>
public sealed class PostgresExampleStoreTests : ExampleStoreContractTests
{
    private string? connectionString;

    protected override void SkipIfUnavailable() => Skip.If(PostgresServer.Instance.ConnectionString is null, PostgresServer.Instance.UnavailableReason);

    private string ConnectionString => connectionString ??= PostgresServer.Instance.CreateDatabase("ma_examples");

    protected override ILearnedExampleStore CreateStore() => new PostgresExampleStore(ConnectionString);
}
