using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Catalog.Tests;

/// <summary>
/// The metric types of issue #16 in MetricFlow's words: cumulative window / grain_to_date, a derived input's
/// offset_window, a measure's non_additive_dimension with window_choice; and the mistakes each can hold.
/// </summary>
public sealed class MetricTypeFieldTests
{
    private const string Gmv = "catalog/metrics/gmv.yaml";
    private const string Orders = "catalog/models/orders.yaml";

    private static MiniCatalog Cumulative(string extra) => new MiniCatalog().Replace(Gmv, "type: simple\n", "type: cumulative\n" + extra);

    [Theory]
    [InlineData("window: 7 days\n", 7, TimeGrain.Day)]
    [InlineData("window: 1 week\n", 1, TimeGrain.Week)]
    [InlineData("window: 3 months\n", 3, TimeGrain.Month)]
    [InlineData("window: 1 year\n", 1, TimeGrain.Year)]
    public void A_rolling_window_is_read_as_a_number_and_a_unit(string yaml, int count, TimeGrain unit)
    {
        var result = Cumulative(yaml).Load();
        Assert.Empty(result.Problems);
        var calc = result.Catalog!.Metrics["gmv"].Calculation;
        Assert.Equal(new CalendarWindow(count, unit), calc.Window);
        Assert.Null(calc.GrainToDate);
    }

    [Fact]
    public void Grain_to_date_is_read_and_a_plain_cumulative_has_neither()
    {
        Assert.Equal(TimeGrain.Month, Cumulative("grain_to_date: month\n").Load().Catalog!.Metrics["gmv"].Calculation.GrainToDate);
        var plain = Cumulative("").Load().Catalog!.Metrics["gmv"].Calculation;
        Assert.Null(plain.Window);
        Assert.Null(plain.GrainToDate);
    }

    [Theory]
    [InlineData("window: seven days\n")]
    [InlineData("window: 0 days\n")]
    [InlineData("window: 7 fortnights\n")]
    public void A_window_that_is_not_a_length_is_reported_at_its_line(string yaml)
    {
        var catalog = Cumulative(yaml);
        var problem = ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.InvalidField);
        ProblemAssert.At(problem, Gmv, catalog.LineOf(Gmv, yaml.TrimEnd()));
        Assert.Contains("'7 days' or '1 year'", problem.Message);
    }

    [Fact]
    public void A_cumulative_takes_a_window_or_a_grain_to_date_not_both()
    {
        var catalog = Cumulative("window: 7 days\ngrain_to_date: month\n");
        var problem = ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.InvalidField);
        ProblemAssert.At(problem, Gmv, catalog.LineOf(Gmv, "grain_to_date:"));
    }

    [Fact]
    public void A_window_on_a_simple_metric_does_not_apply()
    {
        var catalog = new MiniCatalog().Replace(Gmv, "type: simple\n", "type: simple\nwindow: 7 days\n");
        var problem = ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.InvalidField);
        Assert.Contains("does not apply", problem.Message);
    }

    private const string Growth = """
        metric: gmv_growth
        name: { zh: GMV同比增长率, en: GMV growth }
        description: { zh: 与去年同期相比, en: Against the same period last year }
        domain: sales
        owner: { zh: 财务部, en: Finance }
        status: published
        version: 1
        unit: ratio
        format: percent
        default_window: last_month
        type: derived
        expr: (gmv - gmv_ly) / gmv_ly
        inputs:
          - { name: gmv, metric: gmv }
          - { name: gmv_ly, metric: gmv, offset_window: 1 year }
        """;

    [Fact]
    public void A_derived_input_carries_its_offset_window()
    {
        var result = new MiniCatalog().Set("catalog/metrics/gmv_growth.yaml", Growth).Load();
        Assert.Empty(result.Problems);
        var inputs = result.Catalog!.Metrics["gmv_growth"].Calculation.Inputs;
        Assert.Null(inputs[0].OffsetWindow);
        Assert.Equal(new CalendarWindow(1, TimeGrain.Year), inputs[1].OffsetWindow);
    }

    [Fact]
    public void Offset_to_grain_reads_an_input_at_its_grains_start()
    {
        var result = new MiniCatalog().Set("catalog/metrics/gmv_growth.yaml", Growth.Replace("offset_window: 1 year", "offset_to_grain: month")).Load();
        Assert.Empty(result.Problems);
        var inputs = result.Catalog!.FindMetric("gmv_growth")!.Calculation.Inputs;
        Assert.Equal([null, TimeGrain.Month], inputs.Select(i => i.OffsetToGrain));
        Assert.All(inputs, i => Assert.Null(i.OffsetWindow));
    }

    [Fact]
    public void Offset_to_grain_beside_offset_window_or_with_an_unknown_grain_is_reported()
    {
        var both = new MiniCatalog().Set("catalog/metrics/gmv_growth.yaml", Growth.Replace("offset_window: 1 year", "offset_window: 1 year, offset_to_grain: month")).Load();
        Assert.Contains("both 'offset_window' and 'offset_to_grain'", ProblemAssert.Single(both, CatalogProblemCodes.InvalidField).Message);
        var unknown = new MiniCatalog().Set("catalog/metrics/gmv_growth.yaml", Growth.Replace("offset_window: 1 year", "offset_to_grain: mnth")).Load();
        Assert.False(unknown.Succeeded);
        Assert.Contains(unknown.Problems, p => p.Message.Contains("mnth", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("max", WindowChoice.Max)]
    [InlineData("min", WindowChoice.Min)]
    public void A_non_additive_dimension_takes_the_chosen_snapshot(string word, WindowChoice choice)
    {
        var result = new MiniCatalog().Replace(Orders, "{ name: orders, agg: count, expr: order_id, type: integer }",
            $"{{ name: orders, agg: count, expr: order_id, type: integer, non_additive_dimension: {{ name: paid_time, window_choice: {word} }} }}").Load();
        Assert.Empty(result.Problems);
        var semi = result.Catalog!.Models["orders"].FindMeasure("orders")!.SemiAdditive!;
        Assert.Equal("paid_time", semi.TimeDimension);
        Assert.Equal(choice, semi.Choice);
    }

    [Fact]
    public void An_unknown_window_choice_is_reported_with_the_closest_word()
    {
        var catalog = new MiniCatalog().Replace(Orders, "{ name: orders, agg: count, expr: order_id, type: integer }",
            "{ name: orders, agg: count, expr: order_id, type: integer, non_additive_dimension: { name: paid_time, window_choice: maxx } }");
        var problem = ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.UnknownValue);
        Assert.Equal("did you mean 'max'?", problem.Suggestion);
    }
}
