using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Catalog.Tests;

/// <summary>The helpers: did-you-mean, the measure expression parser and the validation report.</summary>
public sealed class ToolTests
{
    [Theory]
    [InlineData("pay_amout", "pay_amount")]
    [InlineData("PAY_AMOUNT", "pay_amount")]
    [InlineData("dya", "day")]
    [InlineData("discount", "discount_amount")]
    [InlineData("cnt", "count")]
    [InlineData("zzz", null)]
    [InlineData("region_code_of_store", null)]
    public void Did_you_mean_finds_close_names(string input, string? expected) =>
        Assert.Equal(expected, DidYouMean.Closest(input, ["pay_amount", "discount_amount", "day", "count", "order_time"]));

    [Fact]
    public void The_expression_parser_collects_paths_in_order()
    {
        var expression = MeasureExpression.Parse("line_amount - quantity * products.unit_cost");
        Assert.True(expression.IsValid);
        Assert.Equal(["line_amount", "quantity", "products.unit_cost"], expression.Columns.Select(c => c.ToString()));
        Assert.Equal(new ColumnPath(["products"], "unit_cost"), expression.Columns[2]);
    }

    [Theory]
    [InlineData("(a + 2.5) / -b", true)]
    [InlineData("a +", false)]
    [InlineData("(a", false)]
    [InlineData("a b", false)]
    [InlineData("a.", false)]
    [InlineData("1.2.3", false)]
    [InlineData("", false)]
    public void The_expression_parser_accepts_only_arithmetic(string text, bool valid) =>
        Assert.Equal(valid, MeasureExpression.Parse(text).IsValid);

    [Fact]
    public void The_report_lists_problems_and_counts_them()
    {
        var catalog = new MiniCatalog()
            .Replace("catalog/metrics/gmv.yaml", "measure: pay_amount", "measure: pay_amout")
            .Replace("catalog/metrics/aov.yaml", "format: currency", "format: money");
        var result = catalog.Load();
        var line = catalog.LineOf("catalog/metrics/gmv.yaml", "measure: pay_amout");
        var report = CatalogValidationReport.From(result);
        Assert.Equal(2, report.ProblemCount);
        Assert.False(report.IsValid);
        Assert.Contains($"catalog/metrics/gmv.yaml:{line}: unknown measure 'pay_amout' of model 'orders' in metric 'gmv' — did you mean 'pay_amount'?  [unknown-measure]", report.Text);
        Assert.EndsWith("2 problems in 2 files; the catalog was not loaded.", report.Text);
        // Problems come in file order: aov.yaml before gmv.yaml.
        Assert.True(report.Text.IndexOf("aov.yaml", StringComparison.Ordinal) < report.Text.IndexOf("gmv.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void The_report_summarises_a_valid_catalog()
    {
        var report = CatalogValidationReport.From(new MiniCatalog().Load());
        Assert.True(report.IsValid);
        Assert.StartsWith("catalog OK: 2 models, 1 dimension, 3 metrics (3 published, 0 deprecated); content hash ", report.Text);
    }

    [Fact]
    public void A_problem_prints_as_file_line_message_and_hint()
    {
        var problem = new CatalogProblem("catalog/metrics/aov.yaml", 14, CatalogProblemCodes.UnknownMeasure,
            "unknown measure 'pay_amout' of model 'orders'", "did you mean 'pay_amount'?");
        Assert.Equal("catalog/metrics/aov.yaml:14: unknown measure 'pay_amout' of model 'orders' — did you mean 'pay_amount'?", problem.ToString());
        Assert.Equal("catalog/x.yaml: broken", new CatalogProblem("catalog/x.yaml", 0, "c", "broken", null).ToString());
    }
}
