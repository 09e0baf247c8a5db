using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Catalog.Tests;

/// <summary>Required fields, unknown fields and closed vocabularies.</summary>
public sealed class FieldRuleTests
{
    private const string Gmv = "catalog/metrics/gmv.yaml";
    private const string Orders = "catalog/models/orders.yaml";

    [Fact]
    public void A_missing_required_field_is_reported_at_its_definition()
    {
        var catalog = new MiniCatalog().Replace(Gmv, "unit: CNY\n", "");
        var problem = ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.MissingField);
        ProblemAssert.At(problem, Gmv, 1);
        Assert.Equal("missing required field 'unit' in metric 'gmv'", problem.Message);
    }

    [Fact]
    public void A_missing_field_of_a_list_item_is_reported_at_the_item()
    {
        var catalog = new MiniCatalog().Replace(Orders, "{ name: pay_amount, type: decimal }", "{ name: pay_amount }");
        var problem = ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.MissingField);
        ProblemAssert.At(problem, Orders, catalog.LineOf(Orders, "{ name: pay_amount }"));
        Assert.Contains("'type' in column 'pay_amount' of model 'orders'", problem.Message);
    }

    [Fact]
    public void An_unknown_field_is_reported_with_the_closest_known_one()
    {
        var catalog = new MiniCatalog().Replace(Gmv, "synonyms:", "synonym:");
        var problem = ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.UnknownField);
        ProblemAssert.At(problem, Gmv, catalog.LineOf(Gmv, "synonym:"));
        Assert.Equal("did you mean 'synonyms'?", problem.Suggestion);
    }

    [Theory]
    [InlineData(Gmv, "status: published", "status: publised", "did you mean 'published'?")]
    [InlineData(Gmv, "type: simple", "type: simpel", "did you mean 'simple'?")]
    [InlineData(Gmv, "op: is_not_null", "op: is_not_nul", "did you mean 'is_not_null'?")]
    [InlineData(Gmv, "format: currency", "format: curency", "did you mean 'currency'?")]
    [InlineData(Gmv, "default_window: last_month", "default_window: last_mnth", "did you mean 'last_month'?")]
    [InlineData(Orders, "agg: count", "agg: cnt", "did you mean 'count'?")]
    [InlineData(Orders, "min_grain: day", "min_grain: dya", "did you mean 'day'?")]
    [InlineData(Orders, "type: timestamp", "type: timestmp", "did you mean 'timestamp'?")]
    public void An_unknown_enum_value_is_reported_with_the_closest_word(string file, string good, string bad, string suggestion)
    {
        var catalog = new MiniCatalog().Replace(file, good, bad);
        var problem = ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.UnknownValue);
        ProblemAssert.At(problem, file, catalog.LineOf(file, bad));
        Assert.Equal(suggestion, problem.Suggestion);
    }

    [Fact]
    public void Which_way_a_metric_is_good_is_read_and_defaults_to_higher()
    {
        var catalog = new MiniCatalog().Replace(Gmv, "format: currency\n", "format: currency\nbetter: lower\n").Load().Catalog!;
        Assert.Equal(BetterDirection.Lower, catalog.Metrics["gmv"].Better);
        Assert.Equal(BetterDirection.Higher, catalog.Metrics["aov"].Better);
    }

    [Fact]
    public void An_unknown_good_direction_is_reported_with_the_closest_word()
    {
        var catalog = new MiniCatalog().Replace(Gmv, "format: currency\n", "format: currency\nbetter: lowr\n");
        var problem = ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.UnknownValue);
        ProblemAssert.At(problem, Gmv, catalog.LineOf(Gmv, "better: lowr"));
        Assert.Equal("unknown better 'lowr' in metric 'gmv'; expected one of: higher, lower", problem.Message);
        Assert.Equal("did you mean 'lower'?", problem.Suggestion);
    }

    [Fact]
    public void A_version_below_one_is_refused()
    {
        var catalog = new MiniCatalog().Replace(Gmv, "version: 1", "version: 0");
        ProblemAssert.At(ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.InvalidField), Gmv, catalog.LineOf(Gmv, "version: 0"));
    }

    [Fact]
    public void A_field_of_the_wrong_shape_is_reported()
    {
        var catalog = new MiniCatalog().Replace(Gmv, "name: { zh: 支付GMV, en: GMV (paid) }", "name: GMV");
        var problem = ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.InvalidField);
        ProblemAssert.At(problem, Gmv, catalog.LineOf(Gmv, "name: GMV"));
    }

    [Fact]
    public void A_calculation_field_of_another_metric_type_is_reported()
    {
        var catalog = new MiniCatalog().Replace(Gmv, "type: simple", "type: simple\nnumerator: { metric: aov }");
        var problem = ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.InvalidField);
        ProblemAssert.At(problem, Gmv, catalog.LineOf(Gmv, "numerator:"));
        Assert.Equal("field 'numerator' does not apply to a simple metric 'gmv'", problem.Message);
    }
}
