using MetricAssistant.Application.Catalog;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Infrastructure.CatalogFiles;
using Microsoft.Extensions.Logging;

namespace MetricAssistant.Infrastructure.Governance.Store;

/// <summary>
/// <c>Catalog:Source=files</c>: the folder is the truth and <see cref="FileCatalogProvider"/> serves it; each catalog it
/// loads (at start and after every edit) is mirrored into the store, the changed documents as new revisions by
/// <c>files</c>, so versions, history and diffs work on a git-kept catalog too.
/// </summary>
public sealed class MirroredFileCatalogProvider(FileCatalogProvider files, CatalogFolderImporter importer, string directory, ILogger<MirroredFileCatalogProvider> logger)
    : ICatalogProvider
{
    private readonly Lock gate = new();
    private SemanticCatalog? mirrored;

    public SemanticCatalog Current
    {
        get
        {
            var catalog = files.Current;
            lock (gate)
            {
                if (ReferenceEquals(catalog, mirrored)) return catalog;
                mirrored = catalog;
                try
                {
                    // Synchronous like the file provider's own reload; only after the folder changed.
                    var result = importer.ImportAsync(new FolderImport(directory, CatalogFolderImporter.FilesAuthor, "changed in the catalog folder", FolderWins: true, Strict: false),
                        CancellationToken.None).GetAwaiter().GetResult();
                    if (result.Written.Count > 0) logger.LogInformation("Mirrored {Count} changed catalog document(s) into the store.", result.Written.Count);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The folder is the truth and is served anyway; the mirror is tried again at the next change.
                    logger.LogWarning(e, "The catalog folder could not be mirrored into the store; versions and diffs miss this change until the next one.");
                }
                return catalog;
            }
        }
    }
}
