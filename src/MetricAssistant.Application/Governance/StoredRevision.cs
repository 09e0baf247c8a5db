namespace MetricAssistant.Application.Governance;

/// <summary>
/// One kept revision of one catalog document (a metric, dimension, model, glossary or access policy file), never
/// changed after it is written. <see cref="Revision"/> is the store-wide write sequence (1, 2, 3…); the metric's
/// own <c>version:</c> lives in <see cref="Yaml"/> and only moves when what the metric computes changes, so one
/// metric version can span several revisions (a synonym added keeps the version).
/// </summary>
/// <param name="Path">The document's catalog path, as the loader names files: <c>catalog/metrics/gmv.yaml</c>.</param>
/// <param name="Yaml">The document's text exactly as written (export writes it back byte for byte).</param>
/// <param name="Author">Who published it (a user id, <c>seed</c> or <c>import</c>).</param>
/// <param name="Reason">Why, in the author's words.</param>
/// <param name="ProposalId">The proposal that published it, when one did.</param>
public sealed record StoredRevision(long Revision, string Path, string Yaml, string Author, DateTimeOffset At, string Reason, string? ProposalId = null);
