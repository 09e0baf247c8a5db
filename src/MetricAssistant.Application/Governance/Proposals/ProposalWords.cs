namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>The contract's words for the lifecycle's values (<c>in_review</c>, <c>request_changes</c>, …), both ways.</summary>
public static class ProposalWords
{
    public static readonly IReadOnlyDictionary<string, ProposalKind> Kinds = new Dictionary<string, ProposalKind>(StringComparer.Ordinal)
    {
        ["create"] = ProposalKind.Create, ["change"] = ProposalKind.Change, ["deprecate"] = ProposalKind.Deprecate, ["retire"] = ProposalKind.Retire,
    };

    public static readonly IReadOnlyDictionary<string, ProposalStatus> Statuses = new Dictionary<string, ProposalStatus>(StringComparer.Ordinal)
    {
        ["in_review"] = ProposalStatus.InReview, ["changes_requested"] = ProposalStatus.ChangesRequested, ["approved"] = ProposalStatus.Approved,
        ["rejected"] = ProposalStatus.Rejected, ["published"] = ProposalStatus.Published,
    };

    public static readonly IReadOnlyDictionary<string, ReviewDecision> Decisions = new Dictionary<string, ReviewDecision>(StringComparer.Ordinal)
    {
        ["approve"] = ReviewDecision.Approve, ["reject"] = ReviewDecision.Reject, ["request_changes"] = ReviewDecision.RequestChanges,
    };

    public static string Of(ProposalKind kind) => Kinds.First(k => k.Value == kind).Key;

    public static string Of(ProposalStatus status) => Statuses.First(k => k.Value == status).Key;

    public static string Of(ReviewDecision decision) => Decisions.First(k => k.Value == decision).Key;
}
