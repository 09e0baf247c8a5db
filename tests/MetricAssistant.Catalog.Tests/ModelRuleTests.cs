using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Catalog.Tests;

/// <summary>References inside models: columns, joins, dimensions, time dimensions, measure expressions.</summary>
public sealed class ModelRuleTests
{
    private const string Orders = "catalog/models/orders.yaml";

    private static void Expect(MiniCatalog catalog, string code, string file, string lineMarker, string? suggestion, string? message = null,
        int lineOffset = 0)
    {
        var problem = ProblemAssert.Single(catalog.Load(), code);
        ProblemAssert.At(problem, file, catalog.LineOf(file, lineMarker) + lineOffset);
        Assert.Equal(suggestion, problem.Suggestion);
        if (message is not null) Assert.Equal(message, problem.Message);
    }

    [Fact]
    public void Unknown_column_in_a_measure_expression() =>
        Expect(new MiniCatalog().Replace(Orders, "expr: pay_amount", "expr: pay_amont * 1.0"),
            CatalogProblemCodes.UnknownColumn, Orders, "expr: pay_amont", "did you mean 'pay_amount'?",
            "unknown column 'pay_amont' of model 'orders' in measure 'pay_amount' of model 'orders' 'pay_amont'");

    [Fact]
    public void Unknown_column_through_a_join_in_a_measure_expression() =>
        Expect(new MiniCatalog().Replace(Orders, "expr: order_id", "expr: stores.region_cod"),
            CatalogProblemCodes.UnknownColumn, Orders, "expr: stores.region_cod", "did you mean 'region_code'?");

    [Fact]
    public void Invalid_measure_expression() =>
        Expect(new MiniCatalog().Replace(Orders, "expr: pay_amount", "expr: (pay_amount *"),
            CatalogProblemCodes.InvalidExpression, Orders, "expr: (pay_amount", null);

    [Fact]
    public void Unknown_column_in_a_dimension_binding() =>
        Expect(new MiniCatalog().Replace(Orders, "region: stores.region_code", "region: stores.region_cde"),
            CatalogProblemCodes.UnknownColumn, Orders, "region: stores.region_cde", "did you mean 'region_code'?");

    [Fact]
    public void A_dimension_column_the_model_does_not_have_points_at_the_path_that_reaches_it() =>
        Expect(new MiniCatalog().Replace(Orders, "region: stores.region_code", "region: region_code"),
            CatalogProblemCodes.UnknownColumn, Orders, "region: region_code", "did you mean 'stores.region_code'?");

    [Fact]
    public void Unknown_join_name_in_a_path() =>
        Expect(new MiniCatalog().Replace(Orders, "region: stores.region_code", "region: store.region_code"),
            CatalogProblemCodes.UnknownJoin, Orders, "region: store.region_code", "did you mean 'stores'?",
            "unknown join 'store' of model 'orders' in dimension 'region' of model 'orders' 'store.region_code'");

    [Fact]
    public void Unknown_dimension_in_a_binding() =>
        Expect(new MiniCatalog().Replace(Orders, "region: stores.region_code", "regoin: stores.region_code"),
            CatalogProblemCodes.UnknownDimension, Orders, "regoin:", "did you mean 'region'?");

    [Fact]
    public void A_binding_column_of_another_type_than_the_codes() =>
        Expect(new MiniCatalog().Replace(Orders, "region: stores.region_code", "region: store_id"),
            CatalogProblemCodes.BindingType, Orders, "region: store_id", "bind a column of the code's type, or map its values with { column, map }");

    [Fact]
    public void A_mapped_value_that_is_not_a_code_of_the_dimension() =>
        Expect(new MiniCatalog().Replace(Orders, "region: stores.region_code", "region: { column: store_id, map: { \"1\": east, \"2\": nort } }"),
            CatalogProblemCodes.UnknownDimensionValue, Orders, "region: {", "did you mean 'north'?");

    [Fact]
    public void Unknown_column_in_a_time_dimension() =>
        Expect(new MiniCatalog().Replace(Orders, "column: paid_time", "column: paid_tim"),
            CatalogProblemCodes.UnknownColumn, Orders, "column: paid_tim", "did you mean 'paid_time'?");

    [Fact]
    public void A_time_dimension_on_a_column_that_is_not_a_date() =>
        Expect(new MiniCatalog().Replace(Orders, "column: paid_time", "column: status"),
            CatalogProblemCodes.TimeColumnType, Orders, "column: status", null);

    [Theory]
    [InlineData("from: store_id", "from: store_idd")]
    [InlineData("to: store_id", "to: store_idd")]
    public void Unknown_column_in_a_join(string good, string bad) =>
        Expect(new MiniCatalog().Replace(Orders, good, bad), CatalogProblemCodes.UnknownColumn, Orders, bad, "did you mean 'store_id'?");

    [Fact]
    public void Unknown_model_in_a_join_is_reported_once() =>
        Expect(new MiniCatalog().Replace(Orders, "model: stores", "model: store"),
            CatalogProblemCodes.UnknownModel, Orders, "model: store,", "did you mean 'stores'?");

    [Fact]
    public void Unknown_primary_key_column() =>
        Expect(new MiniCatalog().Replace(Orders, "primary_key: order_id", "primary_key: [order_id, line_no]"),
            CatalogProblemCodes.UnknownColumn, Orders, "primary_key:", null);

    [Fact]
    public void Unknown_time_dimension_of_a_semi_additive_measure() =>
        Expect(new MiniCatalog().Replace(Orders, "{ name: orders, agg: count, expr: order_id, type: integer }",
                "{ name: orders, agg: count, expr: order_id, type: integer, semi_additive: { time_dimension: paid_tme, period_agg: avg } }"),
            CatalogProblemCodes.UnknownTimeDimension, Orders, "semi_additive", "did you mean 'paid_time'?");

    [Fact]
    public void Duplicate_column_in_a_model() =>
        Expect(new MiniCatalog().Replace(Orders, "  - { name: status, type: string }", "  - { name: status, type: string }\n  - { name: status, type: string }"),
            CatalogProblemCodes.DuplicateId, Orders, "- { name: status", "rename or remove one of them", lineOffset: 1);
}
