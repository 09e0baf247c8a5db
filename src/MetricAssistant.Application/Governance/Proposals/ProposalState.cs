namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>
/// A proposal's status worked out from its reviews. A rejection ends it. On the revision under review, a request for
/// changes after the last approval (or with none) asks for a new revision; otherwise it is approved once enough
/// reviewers other than the author approved it (the policy's <c>approvals_required</c>, default 1).
/// </summary>
public static class ProposalState
{
    public static ProposalStatus Of(Proposal proposal, int approvalsRequired)
    {
        if (proposal.Publication is not null) return ProposalStatus.Published;
        if (proposal.Reviews.Any(r => r.Decision == ReviewDecision.Reject)) return ProposalStatus.Rejected;
        var current = proposal.Reviews.Where(r => r.Revision == proposal.Latest.Number).ToList();
        var lastApproval = current.FindLastIndex(r => r.Decision == ReviewDecision.Approve);
        if (current.Skip(lastApproval + 1).Any(r => r.Decision == ReviewDecision.RequestChanges)) return ProposalStatus.ChangesRequested;
        return Approvers(proposal).Count >= approvalsRequired ? ProposalStatus.Approved : ProposalStatus.InReview;
    }

    /// <summary>The reviewers other than the author who approved the revision under review.</summary>
    public static IReadOnlyList<string> Approvers(Proposal proposal) =>
        proposal.Reviews.Where(r => r.Revision == proposal.Latest.Number && r.Decision == ReviewDecision.Approve && r.Reviewer != proposal.Author)
            .Select(r => r.Reviewer).Distinct(StringComparer.Ordinal).ToList();
}
