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
internal sealed class StartupChecks(ICatalogProvider catalogs, DemoWarehouseBootstrapper demo, RulesQuestionPlanner reader, IMetricRetriever retriever, TimeProvider time,
    ILogger<StartupChecks> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // jieba's dictionary (half a second of CPU) loads while the catalog is read and the reader built.
        var jieba = MixedTextTokenizer.PreloadAsync();
        var catalog = catalogs.Current;
        logger.LogInformation("Catalog loaded: {Metrics} metrics, {Models} models, {Dimensions} dimensions (hash {Hash}).",
            catalog.Metrics.Count, catalog.Models.Count, catalog.Dimensions.Count, catalog.ContentHash[..Math.Min(12, catalog.ContentHash.Length)]);
        // the retrieval index (built on first use) is built beside the reader: a question that needs it then finds it ready
        var retrieval = Task.Run(() => WarmUpRetrievalAsync(cancellationToken), cancellationToken);
        await demo.EnsureAsync(cancellationToken);
        await WarmUpAsync(catalog, jieba, cancellationToken);
        await retrieval;
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

    private async Task WarmUpRetrievalAsync(CancellationToken cancellationToken)
    {
        try
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await retriever.RetrieveAsync("预热 warm-up", 1, _ => true, cancellationToken);
            logger.LogInformation("Retrieval index ready in {Ms:F0} ms.", watch.Elapsed.TotalMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Warming up retrieval failed; the first question that needs it will build the index.");
        }
    }

    /// <summary>Reads one question about the first metric (nothing is run or recorded); a failure here only costs the first asker the wait.</summary>
    private async Task WarmUpAsync(SemanticCatalog catalog, Task jieba, CancellationToken cancellationToken)
    {
        var metric = catalog.Metrics.Values.OrderBy(m => m.Id, StringComparer.Ordinal).FirstOrDefault();
        if (metric is null) return;
        try
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await reader.PlanAsync(catalog, $"上个月的{metric.Name.Zh}", time.GetLocalNow().DateTime, _ => true, cancellationToken);
            await reader.PlanAsync(catalog, $"{metric.Name.En} last month", time.GetLocalNow().DateTime, _ => true, cancellationToken);
            // only retrieval segments text: the reader was built meanwhile, and a question that needs retrieval finds jieba ready
            await jieba.WaitAsync(cancellationToken);
            logger.LogInformation("Question reader warmed up in {Ms:F0} ms.", watch.Elapsed.TotalMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Warming up the question reader failed; the first question will build what it needs.");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
