namespace MetricAssistant.Infrastructure.Governance.Store;

/// <summary>
/// What was last imported from the catalog folder into one document: the folder text's SHA-256 and the revision
/// that import made (or found already equal). A folder text with another hash has changed since.
/// </summary>
public sealed record ImportMark(string Path, string Sha256, long Revision);
