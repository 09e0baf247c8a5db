using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler.Sql;
using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Compiler.Tests;

/// <summary>"no_rows: unknown" (MetricFlow without fill_nulls_with) leaves a sum of no rows NULL; the default stays 0.</summary>
public sealed class NoRowsCompileTests
{
    private static readonly DateRange Q3 = new(new DateOnly(2025, 7, 1), new DateOnly(2025, 10, 1));

    [Theory]
    [InlineData("duckdb")]
    [InlineData("postgres")]
    public void A_sum_marked_unknown_is_not_coalesced_and_the_others_still_are(string engine)
    {
        SqlDialect dialect = engine == "duckdb" ? DuckDbDialect.Instance : PostgresDialect.Instance;
        var path = "catalog/metrics/gmv.yaml";
        var yaml = File.ReadAllText(Path.Combine(TestRepository.Root, path)).Replace("measure: pay_amount\n", "measure: pay_amount\nno_rows: unknown\n", StringComparison.Ordinal);
        var catalog = RepositoryDocuments.With(path, yaml);
        Assert.Equal(NoRowsValue.Unknown, catalog.FindMetric("gmv")!.Calculation.Simple!.NoRows);
        var query = new SemanticQuery(["gmv", "order_count"], ["region"], [], Q3, TimeGrain.Month);

        var marked = new MetricCompiler(catalog).Compile(query, dialect);
        var plain = new MetricCompiler(TestRepository.Catalog).Compile(query, dialect);
        Assert.True(marked.Succeeded && plain.Succeeded);
        Assert.Equal(1, Count(marked.Query.Sql, "COALESCE("));
        Assert.Equal(2, Count(plain.Query.Sql, "COALESCE("));
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
