using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Formatting;

namespace MetricAssistant.Application.Charts;

/// <summary>
/// A chosen chart as the contract's <c>display.chart</c>: the categories and series with each value's text, and a
/// value axis from zero (or a round number below it) to a round number above the largest value, in four steps.
/// </summary>
public static class ChartDisplay
{
    public const int Steps = 4;

    public static DisplayChart From(ChartChoice choice)
    {
        var spec = choice.Spec;
        string Label(double value) => NumberFormatter.Format(value, spec.Format, spec.Language, NumberStyle.Compact);
        var series = spec.Series.Select((s, i) => new DisplaySeries(s.Name, choice.SeriesColumns[i], s.Values,
            s.Values.Select(v => v is { } value ? Label(value) : null).ToArray())).ToArray();
        var (min, max) = Extent(spec.Series.SelectMany(s => s.Values));
        var ticks = Enumerable.Range(0, Steps + 1).Select(i => min + (max - min) * i / Steps).Select(v => new DisplayTick(v, Label(v))).ToArray();
        var axis = new DisplayAxis(spec.Format.Unit, spec.Format.Format, spec.Format.Decimals, min, max, ticks);
        return new DisplayChart(choice.Kind, spec.Title, choice.XColumn, spec.Categories, series, axis, spec.Note);
    }

    /// <summary>From the smallest value (or zero) to the largest (or zero), each widened to 1, 2 or 5 times a power of ten.</summary>
    public static (double Min, double Max) Extent(IEnumerable<double?> values)
    {
        double min = 0, max = 0;
        foreach (var v in values)
        {
            if (v is not { } value || !double.IsFinite(value)) continue;
            min = Math.Min(min, value);
            max = Math.Max(max, value);
        }
        if (min == 0 && max == 0) max = 1;
        return (min < 0 ? -NiceMax(-min) : 0, max > 0 ? NiceMax(max) : 0);
    }

    private static double NiceMax(double value)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        var n = value / power;
        var step = n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10;
        return step * power;
    }
}
