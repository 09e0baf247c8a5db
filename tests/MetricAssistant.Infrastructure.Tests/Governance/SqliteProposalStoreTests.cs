using MetricAssistant.Application.Governance.Proposals;
using MetricAssistant.Infrastructure.Governance.Proposals;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Infrastructure.Tests.Governance;

/// <summary>The proposal store contract in one SQLite file (two store objects on one file are a restart).</summary>
public sealed class SqliteProposalStoreTests : ProposalStoreContractTests, IDisposable
{
    private readonly TempDirectory folder = new();

    protected override void SkipIfUnavailable()
    {
    }

    protected override IProposalStore CreateStore() => new SqliteProposalStore(Path.Combine(folder.Path, "nested", "governance.db"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}
