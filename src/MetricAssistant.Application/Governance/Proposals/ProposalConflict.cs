using MetricAssistant.Catalog.Versions;

namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>
/// Why a proposal cannot be published as it stands: the metric moved past the version (and revision) it was made
/// against. <see cref="CurrentChanges"/> is what happened since (base → current), <see cref="ProposedChanges"/> what the
/// proposal would do (base → proposed), so the author can redo it on the current version.
/// </summary>
public sealed record ProposalConflict(
    string MetricId,
    int? BaseVersion,
    int? CurrentVersion,
    long? BaseRevision,
    long? CurrentRevision,
    string? CurrentAuthor,
    IReadOnlyList<FieldChange> CurrentChanges,
    IReadOnlyList<FieldChange> ProposedChanges);
