using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Catalog.Tests;

/// <summary>The optional <c>freshness:</c> of metrics and models: read when right, reported at its line when not.</summary>
public sealed class FreshnessFieldTests
{
    private const string Gmv = "catalog/metrics/gmv.yaml";
    private const string Orders = "catalog/models/orders.yaml";

    [Fact]
    public void A_metric_and_a_model_carry_their_schedule_column_and_load_log()
    {
        var result = new MiniCatalog()
            .Replace(Gmv, "type: simple", "freshness: { expected_every: 12h }\ntype: simple")
            .Replace(Orders, "columns:", "freshness: { expected_every: 1w, time_column: paid_time, load_log: etl.load_log }\ncolumns:")
            .Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal((TimeSpan.FromHours(12), "12h"), (result.Catalog!.Metrics["gmv"].Freshness!.ExpectedEvery, result.Catalog.Metrics["gmv"].Freshness!.ExpectedText));
        var orders = result.Catalog.Models["orders"].Freshness!;
        Assert.Equal((TimeSpan.FromDays(7), "paid_time", "etl.load_log"), (orders.ExpectedEvery, orders.TimeColumn, orders.LoadLog));
        Assert.Null(result.Catalog.Metrics["aov"].Freshness);
    }

    [Theory]
    [InlineData(Gmv, "type: simple", "freshness: { expected_every: daily }\ntype: simple", CatalogProblemCodes.InvalidField, "must be a duration such as 1d")]
    [InlineData(Gmv, "type: simple", "freshness: { expected_every: 0d }\ntype: simple", CatalogProblemCodes.InvalidField, "must be a duration")]
    [InlineData(Gmv, "type: simple", "freshness: { time_column: paid_time }\ntype: simple", CatalogProblemCodes.UnknownField, "unknown field 'time_column'")]
    [InlineData(Orders, "columns:", "freshness: { time_column: paid_tim }\ncolumns:", CatalogProblemCodes.UnknownColumn, "unknown time_column 'paid_tim'")]
    [InlineData(Orders, "columns:", "freshness: { load_log: \"etl; drop table x\" }\ncolumns:", CatalogProblemCodes.InvalidField, "must be a table name")]
    [InlineData(Orders, "columns:", "freshness: { expected_evry: 1d }\ncolumns:", CatalogProblemCodes.UnknownField, "unknown field 'expected_evry'")]
    public void A_wrong_freshness_is_reported_at_its_line(string file, string from, string to, string code, string message)
    {
        var catalog = new MiniCatalog().Replace(file, from, to);
        var problem = ProblemAssert.Single(catalog.Load(), code);
        ProblemAssert.At(problem, file, catalog.LineOf(file, "freshness:"));
        Assert.Contains(message, problem.Message);
        if (to.Contains("paid_tim }", StringComparison.Ordinal)) Assert.Equal("did you mean 'paid_time'?", problem.Suggestion);
        if (to.Contains("expected_evry", StringComparison.Ordinal)) Assert.Equal("did you mean 'expected_every'?", problem.Suggestion);
    }
}
