using System.Diagnostics;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Retrieval;
using MetricAssistant.Understanding.Text.Segmentation;

namespace MetricAssistant.Application.Asking;

/// <summary>
/// Builds what the question reader builds on first use — jieba's dictionary, the reader for the catalog and its term index, the
/// retrieval index — by reading one Chinese and one English question about the first metric (nothing is run or recorded).
/// </summary>
/// <remarks>
/// Without it the first questions of a fresh process wait seconds for these, and when many arrive at once (a replica's first
/// requests, an evaluation's parallel cases) they all wait on the same builds on a crowded CPU: evaluations on a loaded machine
/// saw the first file's questions time out at 60 s this way, while the same questions take milliseconds warm.
/// </remarks>
public sealed class ReaderWarmUp(RulesQuestionPlanner reader, IMetricRetriever retriever, TimeProvider time)
{
    /// <summary>Warms the reader and retrieval side by side; how long each took.</summary>
    public async Task<(TimeSpan Reader, TimeSpan Retrieval)> WarmUpAsync(SemanticCatalog catalog, CancellationToken cancellationToken)
    {
        // jieba's dictionary (half a second of CPU) loads while the reader is built.
        var jieba = MixedTextTokenizer.PreloadAsync();
        var retrieval = Task.Run(() => RetrievalAsync(cancellationToken), cancellationToken);
        var watch = Stopwatch.StartNew();
        if (catalog.Metrics.Values.OrderBy(m => m.Id, StringComparer.Ordinal).FirstOrDefault() is { } metric)
        {
            await reader.PlanAsync(catalog, $"上个月的{metric.Name.Zh}", time.GetLocalNow().DateTime, _ => true, cancellationToken);
            await reader.PlanAsync(catalog, $"{metric.Name.En} last month", time.GetLocalNow().DateTime, _ => true, cancellationToken);
        }
        // only retrieval segments text: the reader was built meanwhile, and a question that needs retrieval finds jieba ready
        await jieba.WaitAsync(cancellationToken);
        var readerTime = watch.Elapsed;
        return (readerTime, await retrieval);
    }

    private async Task<TimeSpan> RetrievalAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await retriever.RetrieveAsync("预热 warm-up", 1, _ => true, cancellationToken);
        return watch.Elapsed;
    }
}
