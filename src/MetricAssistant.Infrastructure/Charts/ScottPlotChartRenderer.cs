using MetricAssistant.Application.Charts;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Execution;

namespace MetricAssistant.Infrastructure.Charts;

/// <summary>
/// Renders answers to PNG with ScottPlot (SkiaSharp, its Linux native library without system dependencies).
/// The chart is chosen by <see cref="ChartPlanner"/>, as the portal chooses it; the same answer gives the same bytes.
/// </summary>
public sealed class ScottPlotChartRenderer(ICatalogProvider catalog, ChartFontResolver fonts) : IChartRenderer
{
    public ChartImage? Render(Answer answer, ChartRequest options)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(options);
        var spec = ChartPlanner.Plan(answer, catalog.Current, options.Language);
        return spec is null ? null : Draw(spec, options.ClampedWidth, options.ClampedHeight);
    }

    /// <summary>Draws a planned chart; public so a door with a spec of its own (or a test) can draw it.</summary>
    public ChartImage Draw(ChartSpec spec, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(spec);
        using var plot = new ScottPlot.Plot();
        var painter = new ChartPainter(plot, spec, fonts.Font, width);
        if (spec.Kind == ChartKind.Line) painter.Lines();
        else painter.Bars();
        var png = plot.GetImageBytes(width, height, ScottPlot.ImageFormat.Png);
        return new ChartImage(png, width, height, spec.Kind);
    }
}
