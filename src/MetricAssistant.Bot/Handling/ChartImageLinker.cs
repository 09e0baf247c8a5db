using MetricAssistant.Application.Charts;
using MetricAssistant.Application.Contracts;
using Microsoft.Extensions.Logging;

namespace MetricAssistant.Bot.Handling;

/// <summary>
/// Renders the answer's chart, keeps it in the chart cache and links it as <c>{base}/api/charts/{id}.png</c>:
/// Teams clients fetch card images themselves, and a data URI would push the card past Teams' size limit.
/// </summary>
public sealed class ChartImageLinker(IChartRenderer renderer, IChartCache cache, ILogger<ChartImageLinker> logger) : IAnswerImageLinker
{
    public string? Link(Answer answer, string language, string publicBaseUrl)
    {
        try
        {
            var image = renderer.Render(answer, new ChartRequest(720, 360, language));
            return image is null ? null : $"{publicBaseUrl.TrimEnd('/')}/api/charts/{cache.Add(image)}.png";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A chart is an extra: the answer goes out without it rather than not at all.
            logger.LogWarning(e, "chart for {Metric} could not be rendered", answer.Metric?.Id);
            return null;
        }
    }
}
