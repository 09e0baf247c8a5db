using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Governance;
using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Snapshots;
using MetricAssistant.Infrastructure.CatalogFiles;
using Microsoft.Extensions.Logging;

namespace MetricAssistant.Infrastructure.Governance.Store;

/// <summary>
/// The catalog as the store's current documents say. Every <see cref="PollInterval"/> a timer reads the store's head;
/// when it moved (a publish here or on another replica) the documents are loaded again, so a change is live everywhere
/// within a second. A load with problems is logged and the last good catalog stays in use. The publishing replica
/// calls <see cref="Refresh"/> to see its own write at once.
/// </summary>
/// <remarks>
/// <see cref="ICatalogProvider.Current"/> is read several times by every question, so after the first load it only
/// reads a field: it never waits for the store. It used to check the head itself, synchronously inside a lock, every
/// 500 ms: under concurrent questions every worker thread then blocked on that lock while the one holding it waited for
/// an async database reply whose completion needed a free worker thread — the thread pool starved, and answers stalled
/// for seconds until it grew (seen in the load run: cache hits taking 1–10 s). Only the first load (at start) and
/// <see cref="Refresh"/> (after this replica's own publish) still wait.
/// </remarks>
public sealed class StoreCatalogProvider(ICatalogStore store, TimeProvider time, ILogger<StoreCatalogProvider> logger,
    Func<CancellationToken, Task>? beforeFirstLoad = null, CatalogSnapshot? snapshot = null) : ICatalogProvider, ICatalogRefresh, IDisposable
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    // One check or load at a time: the timer's, Refresh's or the first access's.
    private readonly SemaphoreSlim gate = new(1, 1);
    private Func<CancellationToken, Task>? prepare = beforeFirstLoad;
    private volatile Loaded? loaded;
    private long seenHead = -1;
    private ITimer? poll;
    private bool disposed;

    public SemanticCatalog Current => (loaded ?? FirstLoad()).Catalog;

    /// <summary>The store revision the current catalog was loaded at (the newest revision among its documents).</summary>
    public long HeadRevision => (loaded ?? FirstLoad()).Revision;

    long? ICatalogProvider.Revision => HeadRevision;

    /// <summary>Reads the store now, whatever the poll interval: the replica that just published sees its change at once.</summary>
    void ICatalogRefresh.Refresh() => Refresh();

    public SemanticCatalog Refresh()
    {
        gate.Wait();
        try
        {
            if (loaded is not { } current) return LoadFirst().Catalog;
            try
            {
                CheckAsync().GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The store is unreachable for a moment: answer from the catalog already loaded rather than fail.
                logger.LogWarning(e, "The catalog store could not be read; the catalog loaded at revision {Revision} stays in use.", current.Revision);
            }
            return (loaded ?? current).Catalog;
        }
        finally
        {
            gate.Release();
        }
    }

    private Loaded FirstLoad()
    {
        gate.Wait();
        try
        {
            return loaded ?? LoadFirst();
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Under the gate: the import before the first load, the load (which throws when the catalog has problems), then the poll.</summary>
    private Loaded LoadFirst()
    {
        if (prepare is { } import)
        {
            import(CancellationToken.None).GetAwaiter().GetResult();
            prepare = null;
        }
        var first = LoadAsync(null).GetAwaiter().GetResult();
        if (poll is null && !disposed) poll = time.CreateTimer(_ => _ = PollAsync(), null, PollInterval, PollInterval);
        return first;
    }

    /// <summary>The timer's tick: skipped when a check is still running (the next tick comes soon).</summary>
    private async Task PollAsync()
    {
        if (!await gate.WaitAsync(0).ConfigureAwait(false)) return;
        try
        {
            await CheckAsync().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // The store is unreachable for a moment: the catalog already loaded stays in use.
            logger.LogWarning(e, "The catalog store could not be read; the catalog loaded at revision {Revision} stays in use.", loaded?.Revision);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Under the gate, after the first load: loads again when the head moved.</summary>
    private async Task CheckAsync()
    {
        if (await store.HeadAsync(CancellationToken.None).ConfigureAwait(false) != seenHead) await LoadAsync(loaded).ConfigureAwait(false);
    }

    private async Task<Loaded> LoadAsync(Loaded? current)
    {
        var documents = await store.CurrentAsync(CancellationToken.None).ConfigureAwait(false);
        var head = documents.Count == 0 ? 0 : documents.Max(d => d.Revision);
        var result = new CatalogLoader(snapshot).LoadFromText(documents.Select(d => (d.Path, d.Yaml)));
        if (result.Snapshot is { } use) logger.Log(use.Outcome == CatalogSnapshotOutcome.NotWritten ? LogLevel.Warning : LogLevel.Information, "Catalog at store revision {Revision}: {Snapshot}.", head, use.ToString());
        if (result.Catalog is null)
        {
            if (current is null) throw new CatalogLoadException(result.Problems);
            logger.LogError("The catalog at store revision {Revision} has {Count} problem(s); the last good catalog (revision {Good}) stays in use:{NewLine}{Problems}",
                head, result.Problems.Count, current.Revision, Environment.NewLine, string.Join(Environment.NewLine, result.Problems));
            seenHead = head;
            return current;
        }
        if (current is not null) logger.LogInformation("Catalog reloaded from the store at revision {Revision}: content hash {Hash}.", head, result.Catalog.ContentHash[..12]);
        seenHead = head;
        return loaded = new Loaded(result.Catalog, head);
    }

    public void Dispose()
    {
        disposed = true;
        poll?.Dispose();
    }

    /// <summary>The catalog and its revision, swapped together so a reader never sees one without the other.</summary>
    private sealed record Loaded(SemanticCatalog Catalog, long Revision);
}
