using MetricAssistant.Application.Asking;
using MetricAssistant.Application.Execution;
using MetricAssistant.Demo;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Retrieval;
using MetricAssistant.Understanding.Text.Segmentation;

namespace MetricAssistant.Api.Hosting;

/// <summary>
/// Before the service listens: the catalog must load without problems, the demo warehouse is generated when it is
/// missing, and the question reader is warmed up on one question, so the first question never waits for any of them.
/// </summary>
/// <remarks>
/// Without the warm-up a replica reported ready and then took seconds over its first questions (measured: 3.4 s of
/// reading for the first question on a fresh process, while every question that arrived meanwhile waited too): the
/// reader for a catalog, its term index and its tokenizer are built on first use.
/// </remarks>
internal sealed class StartupChecks(ICatalogProvider catalogs, DemoWarehouseBootstrapper demo, ReaderWarmUp warmUp, IMetricRetriever retriever, ILogger<StartupChecks> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var catalog = catalogs.Current;
        logger.LogInformation("Catalog loaded: {Metrics} metrics, {Models} models, {Dimensions} dimensions (hash {Hash}).",
            catalog.Metrics.Count, catalog.Models.Count, catalog.Dimensions.Count, catalog.ContentHash[..Math.Min(12, catalog.ContentHash.Length)]);
        // the reader and the retrieval index (built on first use) are built while the demo warehouse is checked
        var warm = WarmUpAsync(catalog, cancellationToken);
        await demo.EnsureAsync(cancellationToken);
        await warm;
        // the search-box completion index, which no question needs, is built only now, off the start-up's CPU
        _ = Task.Run(PrepareSuggestionsAsync, CancellationToken.None);
    }

    private async Task PrepareSuggestionsAsync()
    {
        try
        {
            await retriever.SuggestAsync("预热", 1, _ => true, CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Building the search-box completion index failed; the first completion will build it.");
        }
    }

    /// <summary>A failure here only costs the first asker the wait.</summary>
    private async Task WarmUpAsync(SemanticCatalog catalog, CancellationToken cancellationToken)
    {
        try
        {
            var (reader, retrieval) = await warmUp.WarmUpAsync(catalog, cancellationToken);
            logger.LogInformation("Question reader warmed up in {Ms:F0} ms; retrieval index ready in {RetrievalMs:F0} ms.", reader.TotalMilliseconds, retrieval.TotalMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Warming up the question reader failed; the first question will build what it needs.");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
