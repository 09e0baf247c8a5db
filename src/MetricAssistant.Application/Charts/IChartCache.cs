namespace MetricAssistant.Application.Charts;

/// <summary>
/// Rendered charts kept for a while under an unguessable id, so a card can point at
/// <c>/api/charts/{id}.png</c>: the id is the capability to fetch that one image.
/// </summary>
public interface IChartCache
{
    /// <returns>The new id (URL-safe).</returns>
    string Add(ChartImage image);

    /// <returns>The image, or null when the id is unknown, evicted or expired.</returns>
    ChartImage? Find(string id);
}
