using MetricAssistant.Application.Charts;
using MetricAssistant.Application.Formatting;
using ScottPlot;

namespace MetricAssistant.Charts;

/// <summary>Puts one <see cref="ChartSpec"/> on a ScottPlot plot in the portal's look: its palette, light grid, compact value axis, legend when several series.</summary>
internal sealed class ChartPainter
{
    // The portal's palette (wwwroot/chart.js), so a card and the portal colour the same series alike.
    private static readonly string[] Palette = ["#2563eb", "#f59e0b", "#10b981", "#ef4444", "#8b5cf6", "#0ea5e9", "#ec4899", "#84cc16"];

    private const float TitleFontSize = 17;
    private const float TickFontSize = 12;
    private const float SmallFontSize = 11;
    private readonly Plot plot;
    private readonly ChartSpec spec;
    private readonly ChartFont font;
    private readonly int width;

    public ChartPainter(Plot plot, ChartSpec spec, ChartFont font, int width)
    {
        this.plot = plot;
        this.spec = spec;
        this.font = font;
        this.width = width;
        Style();
    }

    /// <summary>A trend: one line per series over the periods; nulls are skipped and the line joins the points around them, as in the portal.</summary>
    public void Lines()
    {
        var n = spec.Categories.Count;
        for (var s = 0; s < spec.Series.Count; s++)
        {
            var series = spec.Series[s];
            var points = Enumerable.Range(0, n).Where(i => series.Values[i] is not null).ToArray();
            var line = plot.Add.Scatter(points.Select(i => (double)i).ToArray(), points.Select(i => series.Values[i]!.Value).ToArray(), Color(s));
            line.LineWidth = 2.5f;
            line.MarkerSize = n <= 40 ? 6 : 0;
            AddLegendItem(new LegendItem { LabelText = Truncate(series.Name, 18), LineColor = Color(s), LineWidth = 2.5f, MarkerShape = MarkerShape.FilledCircle, MarkerSize = 6, MarkerFillColor = Color(s), MarkerLineColor = Color(s) });
        }
        var every = Math.Max(1, (int)Math.Ceiling(n / (double)Math.Max(2, width / 80)));
        var ticks = Enumerable.Range(0, n).Where(i => i % every == 0).ToArray();
        plot.Axes.Bottom.SetTicks(ticks.Select(i => (double)i).ToArray(), ticks.Select(i => spec.Categories[i]).ToArray());
        plot.Axes.SetLimitsX(-0.4, Math.Max(1, n - 1) + 0.4);
        ValueAxis(headroom: 0.08);
        Finish();
    }

    /// <summary>Bars in the spec's order; a second series (previous period) sits beside the first in each slot.</summary>
    public void Bars()
    {
        var n = spec.Categories.Count;
        var count = spec.Series.Count;
        var size = 0.8 / count;
        var labelled = n * count <= 24;
        var bars = new List<Bar>();
        for (var s = 0; s < count; s++)
        {
            for (var i = 0; i < n; i++)
            {
                if (spec.Series[s].Values[i] is not { } value) continue;
                bars.Add(new Bar
                {
                    Position = i + (s - (count - 1) / 2.0) * size,
                    Value = value,
                    Size = size * 0.92,
                    FillColor = Color(s),
                    LineWidth = 0,
                    Label = labelled ? NumberFormatter.Format(value, spec.Format, spec.Language, NumberStyle.Compact) : "",
                });
            }
        }
        var plottable = plot.Add.Bars(bars);
        Text(plottable.ValueLabelStyle, SmallFontSize, "#374151");
        // One legend entry per series: the bar plot itself holds both colours.
        for (var s = 0; s < count; s++) AddLegendItem(new LegendItem { LabelText = spec.Series[s].Name, FillColor = Color(s), LineWidth = 0, OutlineWidth = 0 });

        var labels = spec.Categories.Select(c => Truncate(c, 18)).ToArray();
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, n).Select(i => (double)i).ToArray(), labels);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Grid.XAxisStyle.IsVisible = false;
        var slot = (width - 90) / (double)Math.Max(1, n);
        if (Crowded(labels, slot)) RotateCategoryLabels(labels, slot);
        plot.Axes.SetLimitsX(-0.6, n - 0.4);
        ValueAxis(headroom: labelled ? 0.15 : 0.06);
        Finish();
    }

    private void Style()
    {
        plot.Font.Set(font.Family);
        plot.Title(spec.Title);
        Text(plot.Axes.Title.Label, TitleFontSize, "#111827");
        plot.Axes.Title.Label.Bold = true;
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = ScottPlot.Color.FromHex("#e5e7eb");
        plot.Axes.Right.IsVisible = false;
        plot.Axes.Top.IsVisible = false;
        plot.Axes.Bottom.FrameLineStyle.Color = ScottPlot.Color.FromHex("#9ca3af");
        plot.Axes.Left.FrameLineStyle.Width = 0;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.MinorTickStyle.Length = 0;
        plot.Axes.Bottom.MinorTickStyle.Length = 0;
        foreach (var axis in new ScottPlot.IAxis[] { plot.Axes.Left, plot.Axes.Bottom }) Text(axis.TickLabelStyle, TickFontSize, "#4b5563");
        plot.Legend.DisplayPlottableLegendItems = false;
    }

    /// <summary>Size, colour and the font's baseline correction: ScottPlot keeps a label's OffsetY through every layout, legends included.</summary>
    private void Text(LabelStyle style, float size, string color)
    {
        style.FontName = font.Family;
        style.FontSize = size;
        style.ForeColor = ScottPlot.Color.FromHex(color);
        style.OffsetY = font.BaselineShiftEm * size;
    }

    private void AddLegendItem(LegendItem item)
    {
        Text(item.LabelStyle, TickFontSize, "#374151");
        plot.Legend.ManualItems.Add(item);
    }

    /// <summary>The value axis always shows zero (as the portal's), with room above for the bar labels, ticks in 万/亿, K/M or %.</summary>
    private void ValueAxis(double headroom)
    {
        var values = spec.Series.SelectMany(s => s.Values).OfType<double>().ToArray();
        var min = Math.Min(0, values.Length == 0 ? 0 : values.Min());
        var max = Math.Max(0, values.Length == 0 ? 1 : values.Max());
        if (max - min <= 0) max = min + 1;
        var span = max - min;
        plot.Axes.SetLimitsY(min < 0 ? min - span * headroom : 0, max > 0 ? max + span * headroom : 0);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => NumberFormatter.Format(v, spec.Format, spec.Language, NumberStyle.Compact),
            TargetTickCount = 5,
        };
    }

    private void Finish()
    {
        if (spec.Series.Count > 1)
        {
            plot.Legend.Orientation = Orientation.Horizontal;
            plot.Legend.OutlineWidth = 0;
            plot.Legend.ShadowColor = Colors.Transparent;
            plot.Legend.BackgroundColor = Colors.Transparent;
            plot.ShowLegend(Edge.Bottom);
        }
        else
        {
            plot.HideLegend();
        }
        if (spec.Note is not null)
        {
            plot.XLabel(spec.Note);
            Text(plot.Axes.Bottom.Label, SmallFontSize, "#6b7280");
            plot.Axes.Bottom.Label.Bold = false;
        }
    }

    /// <summary>Whether the widest label would crowd its neighbours: a Han character is about one em wide, other characters about half.</summary>
    private static bool Crowded(IEnumerable<string> labels, double slot) =>
        labels.Max(c => c.Sum(ch => ch > 0x2E80 ? TickFontSize : TickFontSize * 0.55)) > slot * 0.8;

    /// <summary>
    /// Labels slanted up to the right, each ending under its bar; ScottPlot does not size an axis for slanted
    /// text, so the bottom panel is given the height of the widest label and the left one its overhang.
    /// </summary>
    private void RotateCategoryLabels(IReadOnlyList<string> labels, double slot)
    {
        const float degrees = 40;
        var style = plot.Axes.Bottom.TickLabelStyle;
        style.Rotation = -degrees;
        style.Alignment = Alignment.MiddleRight;
        using var paint = Paint.NewDisposablePaint();
        var sizes = labels.Select(l => style.Measure(l, paint).Size).ToArray();
        var widest = sizes.Max(s => s.Width);
        var tallest = sizes.Max(s => s.Height);
        var radians = degrees * Math.PI / 180;
        plot.Axes.Bottom.MinimumSize = (float)(widest * Math.Sin(radians) + tallest + 8);
        // The first label reaches left of its bar by its slanted width less the room left of the first slot.
        var overhang = widest * Math.Cos(radians) - slot * 0.6;
        plot.Axes.Left.MinimumSize = (float)Math.Clamp(overhang + 10, 0, width / 3.0);
    }

    private static ScottPlot.Color Color(int series) => ScottPlot.Color.FromHex(Palette[series % Palette.Length]);

    private static string Truncate(string text, int max) => text.Length > max ? text[..(max - 1)] + "…" : text;
}
