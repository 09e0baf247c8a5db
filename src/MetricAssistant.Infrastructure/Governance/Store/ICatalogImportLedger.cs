namespace MetricAssistant.Infrastructure.Governance.Store;

/// <summary>
/// Per document, what the catalog folder held when it was last imported into the store, so a start imports only
/// what git changed since and never undoes a publish. Kept beside the store (same file or database).
/// </summary>
public interface ICatalogImportLedger
{
    Task<IReadOnlyDictionary<string, ImportMark>> ReadAsync(CancellationToken cancellationToken);

    /// <summary>Records (replaces) the marks of the given documents.</summary>
    Task RecordAsync(IReadOnlyList<ImportMark> marks, CancellationToken cancellationToken);
}
