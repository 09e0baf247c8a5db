using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Snapshots;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MetricAssistant.Application.Catalog;

namespace MetricAssistant.Infrastructure.CatalogFiles;

/// <summary>
/// The catalog read from its YAML folder. Edits to the files (a new synonym, a role's row rule) are picked
/// up without a restart: at most every <see cref="CheckInterval"/> the folder's file list, sizes and times
/// are compared, and a changed folder is loaded again. A catalog with problems stops the service at
/// start; later, a broken edit is logged and the last good catalog stays in use, so nothing is lost.
/// </summary>
public sealed class FileCatalogProvider(IOptions<CatalogOptions> options, RepositoryRoot root, TimeProvider time, ILogger<FileCatalogProvider> logger) : ICatalogProvider
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(2);
    private readonly Lock gate = new();
    private SemanticCatalog? catalog;
    private string fingerprint = "";
    private DateTimeOffset nextCheck;

    public SemanticCatalog Current
    {
        get
        {
            lock (gate)
            {
                var now = time.GetUtcNow();
                if (catalog is not null && now < nextCheck) return catalog;
                nextCheck = now + CheckInterval;
                var directory = root.Resolve(options.Value.Directory);
                var current = Fingerprint(directory);
                if (catalog is not null && current == fingerprint) return catalog;

                var snapshotDirectory = options.Value.SnapshotDirectory;
                var result = new CatalogLoader(string.IsNullOrEmpty(snapshotDirectory) ? null : new CatalogSnapshot(root.Resolve(snapshotDirectory))).Load(directory);
                if (result.Snapshot is { } use) logger.Log(use.Outcome == CatalogSnapshotOutcome.NotWritten ? LogLevel.Warning : LogLevel.Information, "Catalog {Directory}: {Snapshot}.", directory, use.ToString());
                if (result.Catalog is null)
                {
                    if (catalog is null) throw new CatalogLoadException(result.Problems);
                    logger.LogError("The edited catalog has {Count} problem(s); the last good version stays in use:{NewLine}{Problems}",
                        result.Problems.Count, Environment.NewLine, string.Join(Environment.NewLine, result.Problems));
                    fingerprint = current;
                    return catalog;
                }
                if (catalog is not null) logger.LogInformation("Catalog reloaded: content hash {Hash}.", result.Catalog.ContentHash[..12]);
                catalog = result.Catalog;
                fingerprint = current;
                return catalog;
            }
        }
    }

    private static string Fingerprint(string directory) =>
        !Directory.Exists(directory)
            ? ""
            : string.Join('\n', Directory.EnumerateFiles(directory, "*.y*ml", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(f => new FileInfo(f))
                .Select(f => $"{f.FullName}|{f.Length}|{f.LastWriteTimeUtc.Ticks}"));
}
