using MetricAssistant.Application.Security;
using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>
/// Reviews: approve, reject or request changes on the revision under review, by a caller with the <c>review</c> right
/// over the metric's owner (the base's and the proposed one's); nobody approves their own proposal.
/// </summary>
public sealed class ProposalReviewService(IProposalStore proposals, CatalogDocuments documents, GovernanceContext governance, ProposalService views)
{
    public async Task<(ProposalView? Proposal, GovernanceFailure? Failure)> ReviewAsync(Caller? authenticated, string id, ReviewRequest request, CancellationToken cancellationToken)
    {
        var (caller, failure) = governance.Resolve(authenticated, request.User);
        if (caller is null) return (null, failure);
        if (request.Decision is null || !ProposalWords.Decisions.TryGetValue(request.Decision.Trim(), out var decision))
            return (null, GovernanceFailure.Invalid($"decision must be one of {string.Join(", ", ProposalWords.Decisions.Keys)}{(request.Decision is null ? "" : $" (was '{request.Decision}')")}.",
                request.Decision is null ? [.. ProposalWords.Decisions.Keys] : DidYouMean.Nearest(request.Decision, ProposalWords.Decisions.Keys)));
        var comment = request.Comment?.Trim() ?? "";
        if (comment.Length > ProposalService.MaxComment) return (null, GovernanceFailure.Invalid($"comment is longer than {ProposalService.MaxComment} characters."));
        if (decision != ReviewDecision.Approve && comment.Length == 0)
            return (null, GovernanceFailure.Invalid($"A {ProposalWords.Of(decision)} needs a comment saying why (the author reads it)."));
        var proposal = await proposals.GetAsync(id, cancellationToken);
        if (proposal is null) return (null, GovernanceFailure.NotFound($"There is no proposal '{id}'."));
        if (proposal.Status is ProposalStatus.Rejected or ProposalStatus.Published)
            return (null, new GovernanceFailure(GovernanceFailureKind.Conflict, "proposal_closed", $"Proposal {id} is {ProposalWords.Of(proposal.Status)}: it takes no more reviews."));
        if (decision == ReviewDecision.Approve && proposal.Author == caller.UserId)
            return (null, GovernanceFailure.Forbidden($"User '{caller.UserId}' is the author of proposal {id} and may not approve it: another reviewer must."));
        var baseText = proposal.BaseRevision is { } b ? (await documents.RevisionAsync(proposal.Path, b, cancellationToken))?.Yaml : null;
        if (governance.Rights.Refusal(caller, GovernanceRights.Review, GovernanceContext.Owners(baseText, proposal.Latest.Yaml), $"proposals for metric '{proposal.MetricId}'") is { } refusal)
            return (null, GovernanceFailure.Forbidden(refusal));
        var review = new ProposalReview(0, proposal.Latest.Number, decision, comment, caller.UserId, governance.Time.GetUtcNow());
        var status = ProposalState.Of(proposal with { Reviews = [.. proposal.Reviews, review] }, governance.ApprovalsRequired);
        var kept = await proposals.AddReviewAsync(id, review, status, cancellationToken);
        return (await views.ViewAsync(proposal with { Reviews = [.. proposal.Reviews, kept], Status = status }, cancellationToken), null);
    }
}
