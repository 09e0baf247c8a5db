using System.Security.Cryptography;
using MetricAssistant.Application.Governance;
using MetricAssistant.Catalog.Loading;
using MetricAssistant.Infrastructure.CatalogFiles;
using Microsoft.Extensions.Logging;

namespace MetricAssistant.Infrastructure.Governance.Store;

/// <summary>
/// Brings a catalog folder into the store. An empty store is seeded: every <c>history/&lt;id&gt;.v&lt;N&gt;.yaml</c> first,
/// as earlier revisions of its metric (oldest first, author and reason from that version's changelog entry), then every
/// current document. A seeded store takes only documents whose folder text changed since the last import (the
/// <see cref="ICatalogImportLedger"/>), and keeps a store copy someone changed since, with a warning. Writes are
/// checked against the revisions read: when another process wrote first (two replicas starting on one store), the
/// store is read again and the import redone.
/// </summary>
public sealed class CatalogFolderImporter(ICatalogStore store, ICatalogImportLedger ledger, ILogger<CatalogFolderImporter> logger)
{
    public const string SeedAuthor = "seed";
    public const string ImportAuthor = "import";
    public const string FilesAuthor = "files";
    private const int Attempts = 5;

    /// <summary>
    /// What a service start does before its first catalog: seed an empty store, or import what the folder changed.
    /// An empty store that cannot be seeded (the folder has problems) stops the start with them, as a broken folder does.
    /// </summary>
    public async Task StartAsync(string directory, CancellationToken cancellationToken)
    {
        var result = await ImportAsync(new FolderImport(directory, ImportAuthor, "changed in the catalog folder", FolderWins: false, Strict: false), cancellationToken)
            .ConfigureAwait(false);
        if (result.Refused && await store.HeadAsync(cancellationToken).ConfigureAwait(false) == 0) throw new CatalogLoadException(result.Problems);
    }

    public async Task<FolderImportResult> ImportAsync(FolderImport import, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(import);
        var folder = CatalogFolder.Read(import.Directory);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var result = await store.HeadAsync(cancellationToken).ConfigureAwait(false) == 0
                ? await SeedAsync(folder, import, cancellationToken).ConfigureAwait(false)
                : await UpdateAsync(folder, import, cancellationToken).ConfigureAwait(false);
            if (result is not null) return result;
            logger.LogInformation("The catalog store moved while importing {Directory}; reading it again.", import.Directory);
        }
        throw new InvalidOperationException($"The catalog store kept changing while importing '{import.Directory}'; try again.");
    }

    /// <summary>Null when another writer got there first.</summary>
    private async Task<FolderImportResult?> SeedAsync(CatalogFolder folder, FolderImport import, CancellationToken cancellationToken)
    {
        var problems = new CatalogLoader().LoadFromText(folder.Documents.Select(d => (d.Path, d.Text))).Problems;
        if (problems.Count > 0) return new FolderImportResult(false, [], [], problems);
        var (author, reason) = import.FolderWins ? (import.Author, import.Reason) : (SeedAuthor, "seeded from the catalog folder");
        var writes = folder.History.Select(h => HistoryWrite(h, author))
            .Concat(folder.Documents.Select(d => new DocumentWrite(d.Path, d.Text, null, author, reason)))
            .ToList();
        var result = await store.WriteAsync(writes, cancellationToken).ConfigureAwait(false);
        if (result.IsConflict) return null;
        var current = result.Written.GroupBy(r => r.Path).Select(g => g.Last()).ToDictionary(r => r.Path, StringComparer.Ordinal);
        if (import.Ledger)
            await ledger.RecordAsync([.. folder.Documents.Select(d => new ImportMark(d.Path, Hash(d.Text), current[d.Path].Revision))], cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Catalog store seeded from {Directory}: {Documents} documents and {History} earlier metric versions.",
            import.Directory, folder.Documents.Count, folder.History.Count);
        return new FolderImportResult(true, result.Written, [], []);
    }

    /// <summary>An earlier version, written as its metric's revision by whom its changelog names, for the reason it gives.</summary>
    private static DocumentWrite HistoryWrite(HistoryVersion version, string fallbackAuthor)
    {
        var entry = MetricDocument.Parse(version.Text).Entry(version.Version);
        return new DocumentWrite(version.DocumentPath, version.Text, null, entry?.Author ?? fallbackAuthor,
            entry?.Summary ?? $"version {version.Version} (from {version.FilePath})");
    }

    /// <summary>Null when another writer got there first.</summary>
    private async Task<FolderImportResult?> UpdateAsync(CatalogFolder folder, FolderImport import, CancellationToken cancellationToken)
    {
        var current = (await store.CurrentAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(r => r.Path, StringComparer.Ordinal);
        var marks = await ledger.ReadAsync(cancellationToken).ConfigureAwait(false);
        var writes = new List<DocumentWrite>();
        var agreed = new List<ImportMark>();
        var kept = new List<StoredRevision>();
        foreach (var document in folder.Documents)
        {
            var hash = Hash(document.Text);
            current.TryGetValue(document.Path, out var stored);
            marks.TryGetValue(document.Path, out var mark);
            if (stored?.Yaml == document.Text)
            {
                if (mark != new ImportMark(document.Path, hash, stored.Revision)) agreed.Add(new ImportMark(document.Path, hash, stored.Revision));
                continue;
            }
            if (!import.FolderWins && mark?.Sha256 == hash) continue; // the folder did not change; a publish changed the store
            if (import.FolderWins || stored is null || mark?.Revision == stored.Revision)
            {
                writes.Add(new DocumentWrite(document.Path, document.Text, stored?.Revision, import.Author, import.Reason));
                continue;
            }
            kept.Add(stored);
            logger.LogWarning(
                "{Path} changed in {Directory} since it was last imported, but the store's copy was changed since too (revision {Revision} by {Author}); the store's copy stays. Propose the folder's change, or run `catalog import` to replace it.",
                document.Path, import.Directory, stored.Revision, stored.Author);
        }

        if (writes.Count > 0)
        {
            var resulting = current.Values.ToDictionary(r => r.Path, r => r.Yaml, StringComparer.Ordinal);
            foreach (var write in writes) resulting[write.Path] = write.Yaml;
            var problems = new CatalogLoader().LoadFromText(resulting.Select(p => (p.Key, p.Value))).Problems;
            if (problems.Count > 0)
            {
                if (!import.Strict)
                    logger.LogError("The catalog folder {Directory} has {Count} problem(s); its changes are not imported and the store's catalog stays:{NewLine}{Problems}",
                        import.Directory, problems.Count, Environment.NewLine, string.Join(Environment.NewLine, problems));
                return new FolderImportResult(false, [], kept, problems);
            }
        }

        var written = Array.Empty<StoredRevision>() as IReadOnlyList<StoredRevision>;
        if (writes.Count > 0)
        {
            var result = await store.WriteAsync(writes, cancellationToken).ConfigureAwait(false);
            if (result.IsConflict) return null;
            written = result.Written;
            logger.LogInformation("Imported {Count} changed document(s) from {Directory}: {Paths}.", written.Count, import.Directory, string.Join(", ", written.Select(w => w.Path)));
        }
        if (!import.Ledger) return new FolderImportResult(false, written, kept, []);
        var folderText = folder.Documents.ToDictionary(d => d.Path, d => d.Text, StringComparer.Ordinal);
        await ledger.RecordAsync([.. agreed, .. written.Select(w => new ImportMark(w.Path, Hash(folderText[w.Path]), w.Revision))], cancellationToken).ConfigureAwait(false);
        return new FolderImportResult(false, written, kept, []);
    }

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(CatalogFolder.Utf8.GetBytes(text)));
}
