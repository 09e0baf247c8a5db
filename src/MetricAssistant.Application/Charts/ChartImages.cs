namespace MetricAssistant.Application.Charts;

/// <summary>The image behind a chart id: its stored spec, drawn here, so any replica serves a link another one handed out.</summary>
public sealed class ChartImages(IChartStore store, IChartRenderer renderer)
{
    /// <returns>The PNG, or null when the id is unknown, evicted or expired.</returns>
    public async ValueTask<ChartImage?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var chart = await store.FindAsync(id, cancellationToken);
        return chart is null ? null : renderer.Draw(chart.Spec, chart.Width, chart.Height);
    }
}
