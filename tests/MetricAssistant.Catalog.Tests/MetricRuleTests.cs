using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Catalog.Tests;

/// <summary>References from metrics: models, measures, time dimensions, filter columns, input metrics, cycles.</summary>
public sealed class MetricRuleTests
{
    private const string Gmv = "catalog/metrics/gmv.yaml";
    private const string Aov = "catalog/metrics/aov.yaml";

    private static CatalogProblem Expect(MiniCatalog catalog, string code, string file, string lineMarker, string? suggestion)
    {
        var problem = ProblemAssert.Single(catalog.Load(), code);
        ProblemAssert.At(problem, file, catalog.LineOf(file, lineMarker));
        Assert.Equal(suggestion, problem.Suggestion);
        return problem;
    }

    private static string Ratio(string id, string numerator, string denominator) => MiniCatalog.Aov
        .Replace("metric: aov", $"metric: {id}").Replace("synonyms: [AOV]", $"synonyms: [{id} word]")
        .Replace("numerator: { metric: gmv }", $"numerator: {{ metric: {numerator} }}")
        .Replace("denominator: { metric: paid_order_count }", $"denominator: {{ metric: {denominator} }}");

    [Fact]
    public void Unknown_measure()
    {
        var problem = Expect(new MiniCatalog().Replace(Gmv, "measure: pay_amount", "measure: pay_amout"),
            CatalogProblemCodes.UnknownMeasure, Gmv, "measure: pay_amout", "did you mean 'pay_amount'?");
        Assert.Equal("unknown measure 'pay_amout' of model 'orders' in metric 'gmv'", problem.Message);
    }

    [Fact]
    public void Unknown_model() =>
        Expect(new MiniCatalog().Replace(Gmv, "model: orders", "model: order"), CatalogProblemCodes.UnknownModel, Gmv, "model: order", "did you mean 'orders'?");

    [Fact]
    public void Unknown_time_dimension() =>
        Expect(new MiniCatalog().Replace(Gmv, "time_dimension: paid_time", "time_dimension: pay_time"),
            CatalogProblemCodes.UnknownTimeDimension, Gmv, "time_dimension: pay_time", "did you mean 'paid_time'?");

    [Fact]
    public void Unknown_column_in_a_filter() =>
        Expect(new MiniCatalog().Replace(Gmv, "column: paid_time", "column: paidtime"),
            CatalogProblemCodes.UnknownColumn, Gmv, "column: paidtime", "did you mean 'paid_time'?");

    [Fact]
    public void Unknown_join_in_a_filter_path() =>
        Expect(new MiniCatalog().Replace(Gmv, "column: paid_time", "column: stors.region_code"),
            CatalogProblemCodes.UnknownJoin, Gmv, "column: stors.region_code", "did you mean 'stores'?");

    [Fact]
    public void A_filter_value_the_column_does_not_hold_is_a_problem_with_the_nearest()
    {
        var catalog = new MiniCatalog()
            .Replace("catalog/models/orders.yaml", "- { name: status, type: string }", "- { name: status, type: string, values: [created, paid, cancelled] }")
            .Replace(Gmv, "{ column: paid_time, op: is_not_null }", "{ column: status, op: in, values: [paied] }");
        var problem = Expect(catalog, CatalogProblemCodes.FilterValues, Gmv, "column: status", "did you mean 'paid'?");
        Assert.Contains("'paied'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("created, paid, cancelled", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_filter_on_listed_values_is_no_problem() =>
        Assert.Empty(new MiniCatalog()
            .Replace("catalog/models/orders.yaml", "- { name: status, type: string }", "- { name: status, type: string, values: [created, paid, cancelled] }")
            .Replace(Gmv, "{ column: paid_time, op: is_not_null }", "{ column: status, op: not_in, values: [cancelled] }")
            .Load().Problems);

    [Fact]
    public void The_listed_values_of_a_column_are_read()
    {
        var loaded = new MiniCatalog()
            .Replace("catalog/models/orders.yaml", "- { name: status, type: string }", "- { name: status, type: string, values: [created, paid] }").Load();
        Assert.Equal(["created", "paid"], loaded.Catalog!.FindModel("orders")!.FindColumn("status")!.Values);
    }

    [Fact]
    public void A_filter_with_the_wrong_number_of_values() =>
        Expect(new MiniCatalog().Replace(Gmv, "{ column: paid_time, op: is_not_null }", "{ column: status, op: eq, values: [paid, shipped] }"),
            CatalogProblemCodes.FilterValues, Gmv, "column: status", null);

    [Fact]
    public void Unknown_metric_in_a_ratio() =>
        Expect(new MiniCatalog().Replace(Aov, "numerator: { metric: gmv }", "numerator: { metric: gvm }"),
            CatalogProblemCodes.UnknownMetric, Aov, "numerator:", "did you mean 'gmv'?");

    [Fact]
    public void Unknown_model_in_an_inline_operand()
    {
        var inline = "numerator:\n  name: paid_amount\n  model: ordrs\n  measure: pay_amount\n  time_dimension: paid_time";
        Expect(new MiniCatalog().Replace(Aov, "numerator: { metric: gmv }", inline),
            CatalogProblemCodes.UnknownModel, Aov, "model: ordrs", "did you mean 'orders'?");
    }

    [Fact]
    public void A_missing_denominator_is_a_missing_field() =>
        Expect(new MiniCatalog().Replace(Aov, "denominator: { metric: paid_order_count }", ""),
            CatalogProblemCodes.MissingField, Aov, "metric: aov", null);

    [Fact]
    public void A_cycle_between_ratio_metrics_is_reported_once()
    {
        var catalog = new MiniCatalog()
            .Set("catalog/metrics/a.yaml", Ratio("a", "b", "gmv"))
            .Set("catalog/metrics/b.yaml", Ratio("b", "a", "gmv"));
        var problem = Expect(catalog, CatalogProblemCodes.MetricCycle, "catalog/metrics/a.yaml", "metric: a", "a ratio or derived metric must be built from metrics that do not use it");
        Assert.Equal("metric 'a' depends on itself: a → b → a", problem.Message);
    }

    [Fact]
    public void A_metric_using_itself_is_a_cycle() =>
        Expect(new MiniCatalog().Replace(Aov, "numerator: { metric: gmv }", "numerator: { metric: aov }"),
            CatalogProblemCodes.MetricCycle, Aov, "metric: aov", "a ratio or derived metric must be built from metrics that do not use it");

    [Fact]
    public void A_derived_metric_checks_its_expression_and_takes_part_in_cycles()
    {
        var derived = Ratio("net", "gmv", "aov").Replace("type: ratio", "type: derived")
            .Replace("numerator: { metric: gmv }", "inputs:\n  - { name: paid, metric: gmv }\n  - { name: avg, metric: aov }")
            .Replace("denominator: { metric: aov }", "expr: paid - avgg");
        var catalog = new MiniCatalog().Set("catalog/metrics/net.yaml", derived);
        Expect(catalog, CatalogProblemCodes.UnknownInput, "catalog/metrics/net.yaml", "expr:", "did you mean 'avg'?");

        catalog.Replace("catalog/metrics/net.yaml", "paid - avgg", "paid - avg").Replace(Aov, "numerator: { metric: gmv }", "numerator: { metric: net }");
        var problem = ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.MetricCycle);
        Assert.Equal("metric 'aov' depends on itself: aov → net → aov", problem.Message);
    }

    [Fact]
    public void A_published_metric_must_not_use_a_deprecated_one() =>
        Expect(new MiniCatalog().Replace(Gmv, "status: published", "status: deprecated\nreplaced_by: paid_order_count"),
            CatalogProblemCodes.DeprecatedInput, Aov, "numerator:", "use 'paid_order_count' instead");
}
