namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>
/// A proposed change to one metric's document, made against the revision <see cref="BaseRevision"/> (version
/// <see cref="BaseVersion"/>; both null for a new metric), with every revision, review and comment it received.
/// </summary>
public sealed record Proposal(
    string Id,
    ProposalKind Kind,
    string MetricId,
    string Path,
    int? BaseVersion,
    long? BaseRevision,
    ProposalStatus Status,
    string Author,
    DateTimeOffset CreatedAt,
    IReadOnlyList<ProposalRevision> Revisions,
    IReadOnlyList<ProposalReview> Reviews,
    IReadOnlyList<ProposalComment> Comments,
    ProposalPublication? Publication = null)
{
    /// <summary>The revision under review now (the last submitted).</summary>
    public ProposalRevision Latest => Revisions[^1];
}
