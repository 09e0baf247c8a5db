using System.Globalization;
using System.Text;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler.Sql;
using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Compiler.Tests;

/// <summary>
/// Schema-qualified tables and names that need quoting, per dialect, against reviewed files in Snapshots/qualified/
/// (the demo catalog with orders in dwd.orders and stores in analytics.dwd."Store List", see <see cref="QualifiedCatalog"/>).
/// Run with UPDATE_SNAPSHOTS=1 to rewrite them after an intended change, then review the diff.
/// </summary>
public sealed class QualifiedNameSnapshotTests
{
    private static readonly Lazy<SemanticCatalog> Catalog = new(() => QualifiedCatalog.Load("analytics"));
    private static readonly DateRange Q3 = new(new DateOnly(2025, 7, 1), new DateOnly(2025, 10, 1));

    public static readonly Dictionary<string, SemanticQuery> Cases = new()
    {
        // The root table qualified, a joined table with three parts, a quoted measure column and a quoted join column.
        ["gmv_by_region"] = new(["gmv"], ["region"], [], Q3),
        // Reached through orders from order_items (unqualified), with a filter on the quoted region column.
        ["gross_margin_in_east_by_category"] = new(["gross_margin"], ["category"], [new("region", QueryFilterOperator.In, ["east"])], Q3),
    };

    public static IEnumerable<object[]> CaseNames() =>
        Cases.Keys.SelectMany(name => new[] { new object[] { name, "duckdb" }, new object[] { name, "postgres" } });

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Sql_matches_the_reviewed_snapshot(string name, string dialectName)
    {
        SqlDialect dialect = dialectName == "duckdb" ? DuckDbDialect.Instance : PostgresDialect.Instance;
        var result = new MetricCompiler(Catalog.Value).Compile(Cases[name], dialect);
        Assert.True(result.Succeeded, result.Error?.Message);
        SqlSnapshot.AssertMatches(result.Query!, $"qualified/{name}.{dialectName}");
    }

    [Theory]
    [InlineData("duckdb")]
    [InlineData("postgres")]
    public void Every_part_is_quoted_and_embedded_quotes_are_doubled(string dialectName)
    {
        SqlDialect dialect = dialectName == "duckdb" ? DuckDbDialect.Instance : PostgresDialect.Instance;
        Assert.Equal("\"orders\"", dialect.Table(TableName.Parse("orders")));
        Assert.Equal("\"dwd\".\"orders\"", dialect.Table(TableName.Parse("dwd.orders")));
        Assert.Equal("\"analytics\".\"dwd\".\"orders\"", dialect.Table(TableName.Parse("analytics.dwd.orders")));
        Assert.Equal("\"my.db\".\"D W D\".\"Say \"\"hi\"\"\"", dialect.Table(TableName.Parse("\"my.db\".\"D W D\".\"Say \"\"hi\"\"\"")));
        Assert.Equal("\"order\"", dialect.Quote("order"));
        Assert.Equal("\"a\"\"b\"", dialect.Quote("a\"b"));
    }

    [Fact]
    public void The_demo_catalog_compiles_to_the_same_sql_with_every_table_unqualified()
    {
        // Qualifying a table changes nothing but its name in FROM and JOIN.
        var plain = new MetricCompiler(TestRepository.Catalog).Compile(Cases["gmv_by_region"], DuckDbDialect.Instance).Query!.Sql;
        var qualified = new MetricCompiler(Catalog.Value).Compile(Cases["gmv_by_region"], DuckDbDialect.Instance).Query!.Sql;
        Assert.Equal(plain
            .Replace("FROM \"orders\"", "FROM \"dwd\".\"orders\"", StringComparison.Ordinal)
            .Replace("JOIN \"stores\"", "JOIN \"analytics\".\"dwd\".\"Store List\"", StringComparison.Ordinal)
            .Replace("\"pay_amount\"", "\"Pay Amount\"", StringComparison.Ordinal)
            .Replace("\"region_code\"", "\"Region Code\"", StringComparison.Ordinal), qualified);
    }

}
