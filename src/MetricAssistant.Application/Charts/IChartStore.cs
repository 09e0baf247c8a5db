namespace MetricAssistant.Application.Charts;

/// <summary>
/// Chart specs kept for a while under an unguessable id, so a card can point at <c>/api/charts/{id}.png</c>: the id is the
/// capability to fetch that one chart. The spec is kept, not the image, so whichever replica the fetch lands on draws it.
/// </summary>
public interface IChartStore
{
    /// <returns>The new id (<see cref="ChartId"/>: URL-safe).</returns>
    ValueTask<string> AddAsync(StoredChart chart, CancellationToken cancellationToken);

    /// <returns>The chart, or null when the id is unknown, evicted or expired.</returns>
    ValueTask<StoredChart?> FindAsync(string id, CancellationToken cancellationToken);
}
