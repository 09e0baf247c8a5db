using MetricAssistant.Application.Contracts;

namespace MetricAssistant.Application.Charts;

/// <summary>Draws an answer as a PNG for doors that cannot run the portal's script (Teams cards).</summary>
public interface IChartRenderer
{
    /// <summary>The chart that fits the answer, or null when none does (a single number, a refusal, no rows).</summary>
    ChartImage? Render(Answer answer, ChartRequest options);

    /// <summary>Draws a planned chart (a stored <see cref="ChartSpec"/>) at a pixel size, clamped as <see cref="ChartRequest"/> clamps it.</summary>
    ChartImage Draw(ChartSpec spec, int width, int height);
}
