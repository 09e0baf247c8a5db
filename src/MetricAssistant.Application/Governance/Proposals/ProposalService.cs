using System.Text.Json;
using System.Text.RegularExpressions;
using MetricAssistant.Application.Governance.Versions;
using MetricAssistant.Application.Security;
using MetricAssistant.Catalog.Validation;
using MetricAssistant.Catalog.Versions;

namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>
/// Proposals: submitting one (checked by loading the whole catalog with the proposed document, and against the
/// author's <c>propose</c> right over the metric's owner), revising it after requested changes, commenting, and
/// reading them with their reviews, comments and diff. Reviews and publishing are <see cref="ProposalReviewService"/>
/// and <see cref="ProposalPublisher"/>.
/// </summary>
/// <param name="sql">Compiles the reference query under the base and the proposed definition for the review's diff; without one the diff has fields only.</param>
public sealed partial class ProposalService(IProposalStore proposals, CatalogDocuments documents, GovernanceContext governance, ReferenceSql? sql = null)
{
    public const int MaxReason = 2000;
    public const int MaxComment = 4000;

    public async Task<(ProposalCreated? Created, GovernanceFailure? Failure)> CreateAsync(Caller? authenticated, ProposalRequest request, CancellationToken cancellationToken)
    {
        var (caller, failure) = governance.Resolve(authenticated, request.User);
        if (caller is null) return (null, failure);
        if (request.Kind is null || !ProposalWords.Kinds.TryGetValue(request.Kind.Trim(), out var kind))
            return (null, GovernanceFailure.Invalid($"kind must be one of {string.Join(", ", ProposalWords.Kinds.Keys)}{(request.Kind is null ? "" : $" (was '{Clip(request.Kind)}')")}.",
                request.Kind is null ? [.. ProposalWords.Kinds.Keys] : DidYouMean.Nearest(request.Kind, ProposalWords.Kinds.Keys)));
        if (request.MetricId is null || !MetricIdPattern().IsMatch(request.MetricId))
            return (null, GovernanceFailure.Invalid($"metricId must be a metric id such as gmv (lower case letters, digits and _){(request.MetricId is null ? "" : $", not '{Clip(request.MetricId)}'")}."));
        if (ReasonProblem(request.Reason) is { } reasonProblem) return (null, reasonProblem);
        if (!governance.Rights.HoldsAny(caller, GovernanceRights.Propose))
            return (null, GovernanceFailure.Forbidden($"User '{caller.UserId}' may not propose definitions: no role of theirs has the 'propose' right (the access policy's governance)."));

        var current = await documents.Store.CurrentAsync(cancellationToken);
        var document = CatalogDocuments.Find(current, request.MetricId);
        StoredRevision? baseRevision = null;
        if (kind == ProposalKind.Create)
        {
            if (document is not null)
                return (null, new GovernanceFailure(GovernanceFailureKind.Conflict, "metric_exists", $"Metric '{request.MetricId}' exists already: propose a change to it, or a new metric under another id.", [request.MetricId]));
        }
        else
        {
            if (document is null)
                return (null, GovernanceFailure.NotFound($"There is no metric '{request.MetricId}' to {ProposalWords.Of(kind)}.", DidYouMean.Nearest(request.MetricId, CatalogDocuments.MetricIds(current))));
            (baseRevision, failure) = await BaseAsync(document, request.BaseVersion, request.MetricId, cancellationToken);
            if (baseRevision is null) return (null, failure);
        }

        var (text, problem) = ProposedDocument.Build(kind, request.MetricId, baseRevision?.Yaml, request.Definition, caller.UserId, request.Reason!.Trim(), Today());
        if (text is null) return (null, problem);
        var path = document?.Path ?? CatalogDocuments.NewPath(request.MetricId);
        var (_, invalid) = CatalogDocuments.Validate(current, path, text.Yaml);
        if (invalid is not null) return (null, invalid);
        if (governance.Rights.Refusal(caller, GovernanceRights.Propose, GovernanceContext.Owners(baseRevision?.Yaml, text.Yaml), $"metric '{request.MetricId}'") is { } refusal)
            return (null, GovernanceFailure.Forbidden(refusal));

        var now = governance.Time.GetUtcNow();
        var id = $"p-{now:yyyyMMdd}-{Guid.NewGuid():N}"[..21];
        var revision = new ProposalRevision(1, Json(request.Definition), text.Yaml, text.BumpsVersion, caller.UserId, now, request.Reason.Trim());
        var proposal = new Proposal(id, kind, request.MetricId, path, baseRevision is null ? null : ProposedDocument.VersionOf(baseRevision.Yaml), baseRevision?.Revision,
            ProposalStatus.InReview, caller.UserId, now, [revision], [], []);
        await proposals.AddAsync(proposal, cancellationToken);
        return (new ProposalCreated(id, ProposalWords.Of(ProposalStatus.InReview), request.MetricId, proposal.BaseVersion, text.BumpsVersion, text.Version), null);
    }

    /// <summary>A new revision by the author, after requested changes (or while in review): approvals start over.</summary>
    public async Task<(ProposalView? Proposal, GovernanceFailure? Failure)> ReviseAsync(Caller? authenticated, string id, ReviseRequest request, CancellationToken cancellationToken)
    {
        var (caller, failure) = governance.Resolve(authenticated, request.User);
        if (caller is null) return (null, failure);
        var proposal = await proposals.GetAsync(id, cancellationToken);
        if (proposal is null) return (null, GovernanceFailure.NotFound($"There is no proposal '{Clip(id)}'."));
        if (proposal.Author != caller.UserId) return (null, GovernanceFailure.Forbidden($"Only the author ({proposal.Author}) may revise proposal {id}; others comment or review."));
        if (proposal.Status is ProposalStatus.Rejected or ProposalStatus.Published)
            return (null, new GovernanceFailure(GovernanceFailureKind.Conflict, "proposal_closed", $"Proposal {id} is {ProposalWords.Of(proposal.Status)}: submit a new proposal instead."));
        if (ReasonProblem(request.Reason) is { } reasonProblem) return (null, reasonProblem);
        var baseText = proposal.BaseRevision is { } b ? (await documents.RevisionAsync(proposal.Path, b, cancellationToken))?.Yaml : null;
        var (text, problem) = ProposedDocument.Build(proposal.Kind, proposal.MetricId, baseText, request.Definition, proposal.Author, request.Reason!.Trim(), Today());
        if (text is null) return (null, problem);
        var (_, invalid) = CatalogDocuments.Validate(await documents.Store.CurrentAsync(cancellationToken), proposal.Path, text.Yaml);
        if (invalid is not null) return (null, invalid);
        if (governance.Rights.Refusal(caller, GovernanceRights.Propose, GovernanceContext.Owners(baseText, text.Yaml), $"metric '{proposal.MetricId}'") is { } refusal)
            return (null, GovernanceFailure.Forbidden(refusal));
        var revision = new ProposalRevision(proposal.Latest.Number + 1, Json(request.Definition), text.Yaml, text.BumpsVersion, caller.UserId, governance.Time.GetUtcNow(), request.Reason.Trim());
        var revised = proposal with { Revisions = [.. proposal.Revisions, revision] };
        await proposals.AddRevisionAsync(id, revision, ProposalState.Of(revised, governance.ApprovalsRequired), cancellationToken);
        return (await ViewAsync(revised with { Status = ProposalState.Of(revised, governance.ApprovalsRequired) }, cancellationToken), null);
    }

    public async Task<(IReadOnlyList<ProposalView> Proposals, GovernanceFailure? Failure)> ListAsync(Caller? authenticated, string? user, string? status, string? metricId, CancellationToken cancellationToken)
    {
        var (caller, failure) = governance.Resolve(authenticated, user);
        if (caller is null) return ([], failure);
        ProposalStatus? filter = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!ProposalWords.Statuses.TryGetValue(status.Trim(), out var parsed))
                return ([], GovernanceFailure.Invalid($"status must be one of {string.Join(", ", ProposalWords.Statuses.Keys)} (was '{Clip(status)}').", DidYouMean.Nearest(status, ProposalWords.Statuses.Keys)));
            filter = parsed;
        }
        var list = await proposals.ListAsync(filter, string.IsNullOrWhiteSpace(metricId) ? null : metricId.Trim(), cancellationToken);
        var views = new List<ProposalView>();
        // A list shows each diff's fields; the SQL before and after is compiled for one proposal at a time (GET /api/proposals/{id}).
        foreach (var proposal in list.Where(p => Visible(caller, p))) views.Add(await ViewAsync(proposal, cancellationToken, withSql: false));
        return (views, null);
    }

    public async Task<(ProposalView? Proposal, GovernanceFailure? Failure)> GetAsync(Caller? authenticated, string? user, string id, CancellationToken cancellationToken)
    {
        var (caller, failure) = governance.Resolve(authenticated, user);
        if (caller is null) return (null, failure);
        var proposal = await proposals.GetAsync(id, cancellationToken);
        if (proposal is null) return (null, GovernanceFailure.NotFound($"There is no proposal '{Clip(id)}'."));
        if (!Visible(caller, proposal)) return (null, GovernanceFailure.Forbidden($"User '{caller.UserId}' may not see metric '{proposal.MetricId}' or its proposals."));
        return (await ViewAsync(proposal, cancellationToken), null);
    }

    /// <summary>A comment on the thread: by the author or anyone with a governance right over the metric's owner.</summary>
    public async Task<(ProposalComment? Comment, GovernanceFailure? Failure)> CommentAsync(Caller? authenticated, string id, CommentRequest request, CancellationToken cancellationToken)
    {
        var (caller, failure) = governance.Resolve(authenticated, request.User);
        if (caller is null) return (null, failure);
        var text = (request.Text ?? request.Comment)?.Trim();
        if (string.IsNullOrEmpty(text)) return (null, GovernanceFailure.Invalid("text (the comment) is required."));
        if (text.Length > MaxComment) return (null, GovernanceFailure.Invalid($"text is longer than {MaxComment} characters."));
        var proposal = await proposals.GetAsync(id, cancellationToken);
        if (proposal is null) return (null, GovernanceFailure.NotFound($"There is no proposal '{Clip(id)}'."));
        if (proposal.Author != caller.UserId && !HasAnyRight(caller, proposal))
            return (null, GovernanceFailure.Forbidden($"User '{caller.UserId}' may not comment on proposal {id}: only its author and those who propose, review or publish metrics of its owner may."));
        var comment = await proposals.AddCommentAsync(id, new ProposalComment(0, caller.UserId, text, governance.Time.GetUtcNow()), cancellationToken);
        return (comment, null);
    }

    /// <summary>The proposal with its diff against its base.</summary>
    public async Task<ProposalView> ViewAsync(Proposal proposal, CancellationToken cancellationToken, bool withSql = true)
    {
        var baseText = proposal.BaseRevision is { } b ? (await documents.RevisionAsync(proposal.Path, b, cancellationToken))?.Yaml : null;
        var latest = proposal.Latest;
        var fields = DefinitionDiff.Between(baseText, latest.Yaml);
        return new ProposalView(proposal.Id, ProposalWords.Of(proposal.Kind), ProposalWords.Of(proposal.Status), proposal.MetricId, proposal.Path, proposal.BaseVersion,
            proposal.BaseRevision, ProposedDocument.VersionOf(latest.Yaml), latest.BumpsVersion, proposal.Author, proposal.CreatedAt, latest.Reason, Parse(latest.DefinitionJson),
            latest.Yaml, new ProposalApprovals(governance.ApprovalsRequired, ProposalState.Approvers(proposal)),
            await DiffAsync(proposal, baseText, latest.Yaml, fields, withSql, cancellationToken),
            [.. proposal.Revisions.Select(r => new ProposalRevisionView(r.Number, r.Author, r.At, r.Reason, r.BumpsVersion, Parse(r.DefinitionJson), r.Yaml))],
            [.. proposal.Reviews.Select(r => new ProposalReviewView(r.Id, r.Revision, ProposalWords.Of(r.Decision), r.Comment, r.Reviewer, r.At))],
            proposal.Comments, proposal.Publication);
    }

    /// <summary>The fields that change, and the reference query's SQL before and after (against today's other documents).</summary>
    private async Task<ProposalDiff> DiffAsync(Proposal proposal, string? baseText, string proposedText, IReadOnlyList<FieldChange> fields, bool withSql, CancellationToken cancellationToken)
    {
        var computes = baseText is not null && DefinitionDiff.ChangesComputation(fields);
        if (sql is null || !withSql) return new ProposalDiff(fields, computes);
        var current = await documents.Store.CurrentAsync(cancellationToken);
        var before = baseText is null ? null : CatalogDocuments.Validate(current, proposal.Path, baseText).Catalog;
        var after = CatalogDocuments.Validate(current, proposal.Path, proposedText).Catalog;
        var (compiled, reference) = sql.Between(proposal.MetricId, before, after, governance.Time.GetUtcNow().UtcDateTime,
            baseText is null ? "a new metric has no earlier definition" : "the base definition no longer loads with today's catalog",
            "the proposed definition does not load with today's catalog");
        return new ProposalDiff(fields, computes, compiled, reference);
    }

    private async Task<(StoredRevision? Revision, GovernanceFailure? Failure)> BaseAsync(StoredRevision document, int? baseVersion, string metricId, CancellationToken cancellationToken)
    {
        var currentVersion = ProposedDocument.VersionOf(document.Yaml);
        if (baseVersion is null || baseVersion == currentVersion) return (document, null);
        var (revision, versions) = await documents.VersionAsync(document.Path, baseVersion.Value, cancellationToken);
        if (revision is null)
            return (null, GovernanceFailure.Invalid($"Metric '{metricId}' has no version {baseVersion}; its versions are {string.Join(", ", versions)} (current {currentVersion}).",
                [currentVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)]));
        return (null, new GovernanceFailure(GovernanceFailureKind.Conflict, "base_outdated",
            $"Metric '{metricId}' has moved past version {baseVersion}: it is at version {currentVersion} now. Propose against the current version.")
        {
            Conflict = new ProposalConflict(metricId, baseVersion, currentVersion, revision.Revision, document.Revision, document.Author, DefinitionDiff.Between(revision.Yaml, document.Yaml), []),
        });
    }

    private bool Visible(Caller caller, Proposal proposal) =>
        proposal.Author == caller.UserId || new AccessEvaluator(governance.Catalogs.Current).CanSee(caller, proposal.MetricId) || HasAnyRight(caller, proposal);

    private bool HasAnyRight(Caller caller, Proposal proposal)
    {
        var rights = governance.Rights;
        return GovernanceContext.OwnerOf(proposal.Latest.Yaml) is { } owner
            && new[] { GovernanceRights.Propose, GovernanceRights.Review, GovernanceRights.Publish }.Any(r => rights.Holds(caller, r, owner));
    }

    private static GovernanceFailure? ReasonProblem(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? GovernanceFailure.Invalid("reason is required: why the change (it becomes the changelog entry when the version moves).")
        : reason.Length > MaxReason ? GovernanceFailure.Invalid($"reason is longer than {MaxReason} characters.") : null;

    private DateOnly Today() => DateOnly.FromDateTime(governance.Time.GetUtcNow().UtcDateTime);

    private static string Json(JsonElement? definition) => definition is { ValueKind: not JsonValueKind.Undefined } d ? d.GetRawText() : "null";

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();

    private static string Clip(string text) => text.Length > 40 ? text[..40] + "…" : text;

    [GeneratedRegex("^[a-z][a-z0-9_]{0,63}$")]
    private static partial Regex MetricIdPattern();
}
