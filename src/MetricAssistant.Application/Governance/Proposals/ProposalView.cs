using System.Text.Json;

namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>A proposal as GET /api/proposals/{id} shows it: the revision under review, every review and comment, and the diff against its base.</summary>
public sealed record ProposalView(
    string Id,
    string Kind,
    string Status,
    string MetricId,
    string Path,
    int? BaseVersion,
    long? BaseRevision,
    int ProposedVersion,
    bool BumpsVersion,
    string Author,
    DateTimeOffset CreatedAt,
    string Reason,
    JsonElement Definition,
    string Yaml,
    ProposalApprovals Approvals,
    ProposalDiff Diff,
    IReadOnlyList<ProposalRevisionView> Revisions,
    IReadOnlyList<ProposalReviewView> Reviews,
    IReadOnlyList<ProposalComment> Comments,
    ProposalPublication? Publication);
