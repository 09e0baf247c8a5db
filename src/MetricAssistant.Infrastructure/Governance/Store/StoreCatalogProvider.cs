using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Governance;
using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Snapshots;
using MetricAssistant.Infrastructure.CatalogFiles;
using Microsoft.Extensions.Logging;

namespace MetricAssistant.Infrastructure.Governance.Store;

/// <summary>
/// The catalog as the store's current documents say. On access, at most every <see cref="PollInterval"/>, the store's
/// head is read; when it moved (a publish here or on another replica) the documents are loaded again, so a change is
/// live everywhere within a second. A load with problems is logged and the last good catalog stays in use. The
/// publishing replica calls <see cref="Refresh"/> to see its own write at once.
/// </summary>
/// <remarks>
/// <see cref="ICatalogProvider.Current"/> is synchronous and read on every question, so the store's async calls are
/// waited on here, inside the lock: hosts have no synchronisation context to deadlock on, the usual call is one cheap
/// head query twice a second, and one caller loading while the others wait is what a reload needs anyway.
/// </remarks>
public sealed class StoreCatalogProvider(ICatalogStore store, TimeProvider time, ILogger<StoreCatalogProvider> logger,
    Func<CancellationToken, Task>? beforeFirstLoad = null, CatalogSnapshot? snapshot = null) : ICatalogProvider, ICatalogRefresh
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);
    private readonly Lock gate = new();
    private Func<CancellationToken, Task>? prepare = beforeFirstLoad;
    private SemanticCatalog? catalog;
    private long seenHead = -1;
    private long catalogRevision;
    private DateTimeOffset nextCheck;

    public SemanticCatalog Current
    {
        get
        {
            lock (gate) return Check(force: false);
        }
    }

    /// <summary>The store revision the current catalog was loaded at (the newest revision among its documents).</summary>
    public long HeadRevision
    {
        get
        {
            lock (gate)
            {
                Check(force: false);
                return catalogRevision;
            }
        }
    }

    long? ICatalogProvider.Revision => HeadRevision;

    /// <summary>Reads the store now, whatever the poll interval: the replica that just published sees its change at once.</summary>
    void ICatalogRefresh.Refresh() => Refresh();

    public SemanticCatalog Refresh()
    {
        lock (gate) return Check(force: true);
    }

    private SemanticCatalog Check(bool force)
    {
        var now = time.GetUtcNow();
        if (catalog is not null && !force && now < nextCheck) return catalog;
        nextCheck = now + PollInterval;
        if (prepare is { } first)
        {
            first(CancellationToken.None).GetAwaiter().GetResult();
            prepare = null;
        }
        if (catalog is null) return Load();
        try
        {
            return store.HeadAsync(CancellationToken.None).GetAwaiter().GetResult() == seenHead ? catalog : Load();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store is unreachable for a moment: answer from the catalog already loaded rather than fail every question.
            logger.LogWarning(e, "The catalog store could not be read; the catalog loaded at revision {Revision} stays in use.", catalogRevision);
            return catalog;
        }
    }

    private SemanticCatalog Load()
    {
        var documents = store.CurrentAsync(CancellationToken.None).GetAwaiter().GetResult();
        var head = documents.Count == 0 ? 0 : documents.Max(d => d.Revision);
        var result = new CatalogLoader(snapshot).LoadFromText(documents.Select(d => (d.Path, d.Yaml)));
        if (result.Snapshot is { } use) logger.Log(use.Outcome == CatalogSnapshotOutcome.NotWritten ? LogLevel.Warning : LogLevel.Information, "Catalog at store revision {Revision}: {Snapshot}.", head, use.ToString());
        if (result.Catalog is null)
        {
            if (catalog is null) throw new CatalogLoadException(result.Problems);
            logger.LogError("The catalog at store revision {Revision} has {Count} problem(s); the last good catalog (revision {Good}) stays in use:{NewLine}{Problems}",
                head, result.Problems.Count, catalogRevision, Environment.NewLine, string.Join(Environment.NewLine, result.Problems));
            seenHead = head;
            return catalog;
        }
        if (catalog is not null) logger.LogInformation("Catalog reloaded from the store at revision {Revision}: content hash {Hash}.", head, result.Catalog.ContentHash[..12]);
        catalog = result.Catalog;
        seenHead = catalogRevision = head;
        return catalog;
    }
}
