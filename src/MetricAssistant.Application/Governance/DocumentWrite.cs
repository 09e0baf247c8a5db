namespace MetricAssistant.Application.Governance;

/// <summary>
/// A new revision of one catalog document. <see cref="BaseRevision"/> is the revision the writer read (null for a
/// document that must not exist yet): the store refuses the whole write when the document has moved since,
/// so two writers never overwrite each other silently.
/// </summary>
public sealed record DocumentWrite(string Path, string Yaml, long? BaseRevision, string Author, string Reason, string? ProposalId = null);
