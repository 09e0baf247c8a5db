using MetricAssistant.Understanding.Retrieval;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MetricAssistant.Application.Catalog;

namespace MetricAssistant.Retrieval;

/// <summary>
/// The service's <see cref="IMetricRetriever"/>: builds a <see cref="HybridMetricRetriever"/> for the current
/// catalog on first use (stored vectors are reused when the catalog and embedding have not changed) and again
/// when the catalog's content hash changes; meanwhile the previous one keeps answering. A build that fell back
/// to lexical retrieval is retried after <see cref="RetrievalOptions.DenseRetryMinutes"/>. A failed build is not
/// kept: the next call tries again. Builds run independently of callers' cancellation.
/// </summary>
public sealed class CatalogMetricRetriever : IMetricRetriever
{
    private readonly ICatalogProvider catalogs;
    private readonly ICatalogIndexer indexer;
    private readonly IVectorStore store;
    private readonly RetrievalOptions options;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly object gate = new();
    private Build? current;
    private Build? next;

    public CatalogMetricRetriever(ICatalogProvider catalogs, ICatalogIndexer indexer, IVectorStore store, IOptions<RetrievalOptions> options,
        TimeProvider? time = null, ILogger<CatalogMetricRetriever>? logger = null)
    {
        this.catalogs = catalogs;
        this.indexer = indexer;
        this.store = store;
        this.options = options.Value;
        this.time = time ?? TimeProvider.System;
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    private sealed record Build(string Hash, Task<HybridMetricRetriever> Task, DateTimeOffset StartedAt);

    public async Task<IReadOnlyList<MetricCandidate>> RetrieveAsync(string question, int top, Func<string, bool>? allow, CancellationToken cancellationToken) =>
        await (await CurrentAsync(cancellationToken).ConfigureAwait(false)).RetrieveAsync(question, top, allow, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string text, int top, Func<string, bool>? allow, CancellationToken cancellationToken) =>
        await (await CurrentAsync(cancellationToken).ConfigureAwait(false)).SuggestAsync(text, top, allow, cancellationToken).ConfigureAwait(false);

    /// <summary>The retriever for the current catalog (waits for the first build; later rebuilds happen behind the previous one).</summary>
    public async Task<HybridMetricRetriever> CurrentAsync(CancellationToken cancellationToken)
    {
        var hash = catalogs.Current.ContentHash;
        Build? serving;
        Task<HybridMetricRetriever>? wait = null;
        lock (gate)
        {
            if (next is { } pending && pending.Task.IsCompleted)
            {
                if (pending.Task.IsCompletedSuccessfully) current = pending;
                next = null;
            }
            if (current is { } c && !c.Task.IsCompletedSuccessfully && c.Task.IsCompleted) current = null; // failed: forget it
            serving = current;
            var stale = serving is null || serving.Hash != hash || (serving.Task.IsCompletedSuccessfully && NeedsDenseRetry(serving));
            if (stale && next is null)
            {
                // a rebuild for a new catalog version prepares its completion index before it serves; the first build
                // leaves it to the start-up (StartupChecks), after the reader is warm
                var replacing = serving is not null;
                var build = new Build(hash, Task.Run(() => BuildAsync(replacing)), time.GetUtcNow());
                if (serving is null) current = serving = build;
                else next = build;
            }
            if (serving is null || !serving.Task.IsCompletedSuccessfully) wait = (serving ?? next)!.Task;
        }
        if (wait is not null) return await wait.WaitAsync(cancellationToken).ConfigureAwait(false);
        return await serving!.Task.ConfigureAwait(false);
    }

    private bool NeedsDenseRetry(Build build) =>
        build.Task.Result.Info.DenseError is not null && time.GetUtcNow() - build.StartedAt >= TimeSpan.FromMinutes(options.DenseRetryMinutes);

    private async Task<HybridMetricRetriever> BuildAsync(bool prepareSuggestions)
    {
        var catalog = catalogs.Current;
        try
        {
            var retriever = await indexer.BuildAsync(catalog, CancellationToken.None).ConfigureAwait(false);
            if (prepareSuggestions) await retriever.PrepareSuggestionsAsync().ConfigureAwait(false);
            if (options.PruneOldIndexes && store is EmbeddedVectorStore embedded && retriever.Info.VectorCollection is { } keep)
            {
                var deleted = embedded.DeleteOtherCollections(options.CollectionPrefix + "_", keep);
                if (deleted > 0) logger.LogInformation("Deleted {Count} vector index file(s) of earlier catalog versions", deleted);
            }
            return retriever;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Building the retrieval index for catalog {Hash} failed", catalog.ContentHash);
            throw;
        }
    }
}
