namespace MetricAssistant.Application.Governance;

/// <summary>
/// What a write did: the revisions it kept (in the order given), or, when a document had moved past the revision
/// its writer read, nothing written and the document's current revision (<see cref="ConflictPath"/>, <see cref="Current"/>).
/// </summary>
public sealed record StoreWriteResult(IReadOnlyList<StoredRevision> Written, string? ConflictPath = null, StoredRevision? Current = null)
{
    public bool IsConflict => ConflictPath is not null;

    public static StoreWriteResult Conflict(string path, StoredRevision? current) => new([], path, current);
}
