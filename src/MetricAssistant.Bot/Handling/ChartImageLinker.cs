using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Charts;
using MetricAssistant.Application.Contracts;
using Microsoft.Extensions.Logging;

namespace MetricAssistant.Bot.Handling;

/// <summary>
/// Plans the answer's chart, keeps its spec in the chart store and links it as <c>{base}/api/charts/{id}.png</c>: Teams
/// clients fetch card images themselves, and a data URI would push the card past Teams' size limit. The spec is kept,
/// not the image, so the replica the fetch lands on draws it.
/// </summary>
public sealed class ChartImageLinker(ICatalogProvider catalog, IChartStore store, ILogger<ChartImageLinker> logger) : IAnswerImageLinker
{
    public const int Width = 720;
    public const int Height = 360;

    public async ValueTask<string?> LinkAsync(Answer answer, string language, string publicBaseUrl, CancellationToken cancellationToken)
    {
        try
        {
            var spec = ChartChooser.Spec(answer, catalog.Current, language);
            if (spec is null) return null;
            var id = await store.AddAsync(new StoredChart(spec, Width, Height), cancellationToken);
            return $"{publicBaseUrl.TrimEnd('/')}/api/charts/{id}.png";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A chart is an extra: the answer goes out without it rather than not at all.
            logger.LogWarning(e, "chart for {Metric} could not be kept", answer.Metric?.Id);
            return null;
        }
    }
}
