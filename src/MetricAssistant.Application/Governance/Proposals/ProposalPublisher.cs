using MetricAssistant.Application.Security;
using MetricAssistant.Catalog.Versions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>
/// Publishing: an approved proposal, by a caller with the <c>publish</c> right over the metric's owner, is written to
/// the catalog store against the revision it was made on, so a metric that moved since is a 409 with both diffs and
/// never an overwrite. The document is worked out again on publish (the changelog carries the publish date) and the
/// whole catalog validated with it; then the current catalog is refreshed at once.
/// </summary>
public sealed class ProposalPublisher(
    IProposalStore proposals, CatalogDocuments documents, GovernanceContext governance, LifecycleSettings settings, ILogger<ProposalPublisher>? logger = null)
{
    private readonly ILogger log = (ILogger?)logger ?? NullLogger.Instance;

    public async Task<(PublishResult? Result, GovernanceFailure? Failure)> PublishAsync(Caller? authenticated, string id, PublishRequest request, CancellationToken cancellationToken)
    {
        if (settings.CatalogIsFiles)
            return (null, new GovernanceFailure(GovernanceFailureKind.Conflict, "catalog_source_is_files",
                "The catalog's source of truth is the YAML folder (Catalog:Source=files): publish by merging the YAML in git; `catalog import` loads it."));
        var (caller, failure) = governance.Resolve(authenticated, request.User);
        if (caller is null) return (null, failure);
        var proposal = await proposals.GetAsync(id, cancellationToken);
        if (proposal is null) return (null, GovernanceFailure.NotFound($"There is no proposal '{id}'."));
        if (proposal.Publication is { } done)
            return (null, new GovernanceFailure(GovernanceFailureKind.Conflict, "already_published", $"Proposal {id} was published already, as version {done.Version} of '{proposal.MetricId}' by {done.By}."));
        var baseRevision = proposal.BaseRevision is { } b ? await documents.RevisionAsync(proposal.Path, b, cancellationToken) : null;
        if (governance.Rights.Refusal(caller, GovernanceRights.Publish, GovernanceContext.Owners(baseRevision?.Yaml, proposal.Latest.Yaml), $"metric '{proposal.MetricId}'") is { } refusal)
            return (null, GovernanceFailure.Forbidden(refusal));
        var status = ProposalState.Of(proposal, governance.ApprovalsRequired);
        if (status != ProposalStatus.Approved)
            return (null, GovernanceFailure.Forbidden(NotApproved(proposal, status)));

        var latest = proposal.Latest;
        var (text, problem) = ProposedDocument.Build(proposal.Kind, proposal.MetricId, baseRevision?.Yaml, Definition(latest.DefinitionJson), proposal.Author, latest.Reason,
            DateOnly.FromDateTime(governance.Time.GetUtcNow().UtcDateTime));
        if (text is null) return (null, problem);
        var current = await documents.Store.CurrentAsync(cancellationToken);
        var now = current.FirstOrDefault(r => r.Path == proposal.Path);
        if (now?.Revision != proposal.BaseRevision) return (null, Conflict(proposal, baseRevision, now, text.Yaml));
        var (_, invalid) = CatalogDocuments.Validate(current, proposal.Path, text.Yaml);
        if (invalid is not null) return (null, invalid);

        var written = await documents.Store.WriteAsync([new DocumentWrite(proposal.Path, text.Yaml, proposal.BaseRevision, caller.UserId, latest.Reason, proposal.Id)], cancellationToken);
        if (written.IsConflict) return (null, Conflict(proposal, baseRevision, written.Current, text.Yaml));
        var revision = written.Written[0];
        var publication = new ProposalPublication(text.Version, revision.Revision, caller.UserId, revision.At);
        if (!await proposals.MarkPublishedAsync(id, publication, cancellationToken))
            log.LogWarning("Proposal {Proposal} was written as revision {Revision} but was already marked published.", id, revision.Revision);
        (governance.Catalogs as ICatalogRefresh)?.Refresh();
        log.LogInformation("{User} published proposal {Proposal}: {Metric} version {Version} (revision {Revision}).", caller.UserId, id, proposal.MetricId, text.Version, revision.Revision);
        return (new PublishResult(proposal.MetricId, text.Version, revision.Revision, text.BumpsVersion, id), null);
    }

    private string NotApproved(Proposal proposal, ProposalStatus status)
    {
        var required = governance.ApprovalsRequired;
        var have = ProposalState.Approvers(proposal).Count;
        return status switch
        {
            ProposalStatus.Rejected => $"Proposal {proposal.Id} was rejected: it cannot be published.",
            ProposalStatus.ChangesRequested => $"Proposal {proposal.Id} has changes requested after its last approval: the author revises it and it is reviewed again.",
            _ => $"Proposal {proposal.Id} needs {required} approval{(required == 1 ? "" : "s")} from reviewers other than its author ({proposal.Author}) before it is published; it has {have}.",
        };
    }

    private static GovernanceFailure Conflict(Proposal proposal, StoredRevision? baseRevision, StoredRevision? current, string proposedYaml)
    {
        var currentVersion = current is null ? (int?)null : ProposedDocument.VersionOf(current.Yaml);
        var message = proposal.BaseRevision is null
            ? $"Metric '{proposal.MetricId}' was created by another publish (version {currentVersion}, by {current?.Author}) since this proposal was made: nothing was overwritten."
            : $"Metric '{proposal.MetricId}' moved since this proposal was made against version {proposal.BaseVersion} (revision {proposal.BaseRevision}): it is now version {currentVersion} (revision {current?.Revision}, by {current?.Author}). Nothing was overwritten: propose again on the current version.";
        return new GovernanceFailure(GovernanceFailureKind.Conflict, "conflict", message)
        {
            Conflict = new ProposalConflict(proposal.MetricId, proposal.BaseVersion, currentVersion, proposal.BaseRevision, current?.Revision, current?.Author,
                DefinitionDiff.Between(baseRevision?.Yaml, current?.Yaml), DefinitionDiff.Between(baseRevision?.Yaml, proposedYaml)),
        };
    }

    private static System.Text.Json.JsonElement? Definition(string json) => System.Text.Json.JsonDocument.Parse(json).RootElement.Clone();
}
