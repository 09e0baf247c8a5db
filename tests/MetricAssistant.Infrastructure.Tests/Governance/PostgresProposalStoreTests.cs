using MetricAssistant.Application.Governance.Proposals;
using MetricAssistant.Infrastructure.Governance.Proposals;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Infrastructure.Tests.Governance;

/// <summary>The proposal store contract against a real PostgreSQL (MA_TEST_POSTGRES, or one started here); skipped with the reason when there is none.</summary>
public sealed class PostgresProposalStoreTests : ProposalStoreContractTests
{
    private string? connectionString;

    protected override void SkipIfUnavailable() => Skip.If(PostgresServer.Instance.ConnectionString is null, PostgresServer.Instance.UnavailableReason);

    private string ConnectionString => connectionString ??= PostgresServer.Instance.CreateDatabase("ma_proposals");

    protected override IProposalStore CreateStore() => new PostgresProposalStore(ConnectionString);
}
