using MetricAssistant.Application.Governance.Proposals;

namespace MetricAssistant.Infrastructure.Tests.Governance;

/// <summary>The in-memory reference: one object is the whole store, so "reopening" returns it.</summary>
public sealed class InMemoryProposalStoreTests : ProposalStoreContractTests
{
    private readonly InMemoryProposalStore store = new();

    protected override void SkipIfUnavailable()
    {
    }

    protected override IProposalStore CreateStore() => store;
}
