using MetricAssistant.Application.Governance;

namespace MetricAssistant.Infrastructure.Governance.Store;

/// <summary>
/// Writes the store back as a catalog folder: every current document at its path, and every earlier version of a
/// metric as <c>history/&lt;id&gt;.v&lt;N&gt;.yaml</c> (the last revision that had that <c>version:</c>). Texts are written
/// byte for byte as stored, so a folder seeded into a store and exported again is identical.
/// </summary>
public sealed class CatalogExporter(ICatalogStore store)
{
    public async Task<CatalogExport> ExportAsync(string directory, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var root = Path.GetFullPath(directory);
        var documents = 0;
        var versions = 0;
        foreach (var document in await store.CurrentAsync(cancellationToken).ConfigureAwait(false))
        {
            Write(CatalogFolder.FileOf(root, document.Path), document.Yaml);
            documents++;
            if (CatalogFolder.MetricId(document.Path) is not { } id) continue;
            var current = MetricDocument.Parse(document.Yaml).Version;
            var history = await store.HistoryAsync(document.Path, cancellationToken).ConfigureAwait(false);
            var earlier = history
                .Select(r => (Revision: r, MetricDocument.Parse(r.Yaml).Version))
                .Where(r => r.Version is { } v && v != current)
                .GroupBy(r => r.Version!.Value);
            foreach (var version in earlier)
            {
                Write(Path.Combine(root, CatalogFolder.HistoryFile(id, version.Key)), version.Last().Revision.Yaml);
                versions++;
            }
        }
        return new CatalogExport(root, documents, versions);
    }

    private static void Write(string file, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text, CatalogFolder.Utf8);
    }
}

/// <summary>What an export wrote: the folder, its current documents and earlier metric versions.</summary>
public sealed record CatalogExport(string Directory, int Documents, int Versions);
