using System.Text.Json;
using MetricAssistant.Application.Answers;
using MetricAssistant.Application.Charts;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Compiler;
using MetricAssistant.Tests.Shared;
using static MetricAssistant.Application.Tests.Answers.AnswerSamples;

namespace MetricAssistant.Application.Tests.Answers;

/// <summary>The chart the server chooses, by the columns' roles, and how it travels in <c>display.chart</c>.</summary>
public sealed class ChartChooserTests
{
    [Fact]
    public void A_trend_is_a_line_along_the_time_column()
    {
        var answer = Answered("gmv", Query("gmv", "2025-01-01", "2025-04-01", "month"), [Period, Metric("gmv")],
            ["2025-01-01", 100m], ["2025-02-01", 250m], ["2025-03-01", 180m]);
        var chart = ChartDisplay.From(ChartChooser.Choose(answer, TestRepository.Catalog, "zh")!);
        Assert.Equal(DisplayChartKind.Line, chart.Kind);
        Assert.Equal("period", chart.X);
        Assert.Equal(["2025-01", "2025-02", "2025-03"], chart.Categories);
        var series = Assert.Single(chart.Series);
        Assert.Equal(("支付GMV", "gmv"), (series.Label, series.Column));
        Assert.Equal([100.0, 250.0, 180.0], series.Values.Select(v => v!.Value));
        Assert.Equal(["100元", "250元", "180元"], series.Labels);
    }

    [Fact]
    public void A_group_by_compared_is_grouped_bars_of_the_value_and_previous_columns()
    {
        var answer = Answered("gmv", Query("gmv", compare: "yoy", groupBy: "region"),
            [Dimension("region"), Metric("gmv"), Metric("gmv", ColumnRole.Previous), Metric("gmv", ColumnRole.Change), Metric("gmv", ColumnRole.ChangePct)],
            ["east", 3_805_034.99m, 3_565_539.59m, 239_495.4m, 0.067], ["south", 2_515_993.26m, 2_154_037.46m, 361_955.8m, 0.168]);
        var chart = ChartDisplay.From(ChartChooser.Choose(answer, TestRepository.Catalog, "en")!);
        Assert.Equal(DisplayChartKind.GroupedBar, chart.Kind);
        Assert.Equal("region", chart.X);
        Assert.Equal(["East China", "South China"], chart.Categories);
        Assert.Equal([("Current", "gmv"), ("Same period last year", "gmv_previous")], chart.Series.Select(s => (s.Label, s.Column!)));
        Assert.Equal("¥3.81M", chart.Series[0].Labels[0]);
        // The value axis from zero to a round number above the largest bar, its ticks formatted by the server.
        Assert.Equal((0.0, 5_000_000.0), (chart.YAxis.Min, chart.YAxis.Max));
        Assert.Equal(["¥0", "¥1.25M", "¥2.5M", "¥3.75M", "¥5M"], chart.YAxis.Ticks.Select(t => t.Label));
        Assert.Equal(("CNY", "currency"), (chart.YAxis.Unit, chart.YAxis.Format));
    }

    [Fact]
    public void A_single_compared_number_is_a_pair_and_a_single_number_gets_no_chart()
    {
        var compared = Answered("aov", Query("aov", compare: "pop"),
            [Metric("aov"), Metric("aov", ColumnRole.Previous), Metric("aov", ColumnRole.Change), Metric("aov", ColumnRole.ChangePct)], [210.5, 200.0, 10.5, 0.0525]);
        var pair = ChartChooser.Choose(compared, TestRepository.Catalog, "zh")!;
        Assert.Equal(DisplayChartKind.Pair, pair.Kind);
        Assert.Null(pair.XColumn);
        Assert.Equal(["本期", "上期"], pair.Spec.Series.Select(s => s.Name));
        Assert.Equal(ChartKind.ComparisonBars, pair.Spec.Kind); // the PNG renderer draws it as it did

        var single = Answered("aov", Query("aov"), [Metric("aov")], [210.5]);
        Assert.Null(ChartChooser.Choose(single, TestRepository.Catalog, "zh"));
    }

    [Fact]
    public void A_column_named_like_a_previous_value_is_not_one_unless_its_role_says_so()
    {
        // Two metrics, the second called "gmv_previous": a plain value, so the chart compares nothing.
        var answer = Answered("gmv", Query("gmv", groupBy: "region"),
            [Dimension("region"), Metric("gmv"), Metric("gmv_net", name: "gmv_previous")], ["east", 100m, 90m]);
        var chart = ChartChooser.Choose(answer, TestRepository.Catalog, "zh")!;
        Assert.Equal(DisplayChartKind.Bar, chart.Kind);
        Assert.Equal(["gmv"], chart.SeriesColumns);
    }

    [Fact]
    public void Negative_values_widen_the_axis_below_zero()
    {
        Assert.Equal((-20.0, 100.0), ChartDisplay.Extent([-12.5, 80, null]));
        Assert.Equal((0.0, 1.0), ChartDisplay.Extent([0, null]));
    }

    [Fact]
    public void The_chart_travels_in_the_contracts_words()
    {
        var answer = Answered("gmv", Query("gmv", groupBy: "region"), [Dimension("region"), Metric("gmv")], ["east", 100m]);
        var json = JsonSerializer.Serialize(AnswerDisplayBuilder.Describe(answer, TestRepository.Catalog, "zh")!.Chart, ContractJson.Options);
        Assert.StartsWith("""{"kind":"bar","title":"支付GMV","x":"region","categories":["华东"]""", json, StringComparison.Ordinal);
    }
}
