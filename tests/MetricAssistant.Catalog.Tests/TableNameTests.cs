using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Catalog.Tests;

/// <summary>Schema-qualified and quoted table names: read once at load, kept typed, malformed ones refused with the exact reason.</summary>
public sealed class TableNameTests
{
    private const string Orders = "catalog/models/orders.yaml";

    [Theory]
    [InlineData("orders", null, null, "orders")]
    [InlineData("dwd.orders", null, "dwd", "orders")]
    [InlineData("analytics.dwd.orders", "analytics", "dwd", "orders")]
    [InlineData("dwd.\"Order Lines\"", null, "dwd", "Order Lines")]
    [InlineData("\"my.db\".\"D W D\".\"Say \"\"hi\"\"\"", "my.db", "D W D", "Say \"hi\"")]
    [InlineData("ODS.订单", null, "ODS", "订单")]
    [InlineData("  dwd.orders  ", null, "dwd", "orders")]
    public void Reads_one_two_or_three_parts(string text, string? catalog, string? schema, string table)
    {
        var name = TableName.Parse(text);
        Assert.Equal((catalog, schema, table), (name.Catalog, name.Schema, name.Name));
        // The catalog's own spelling reads back to the same name.
        Assert.Equal(name, TableName.Parse(name.ToString()));
    }

    [Fact]
    public void Writes_plain_parts_plainly_and_quotes_only_what_needs_it()
    {
        Assert.Equal("analytics.dwd.orders", TableName.Of("analytics", "dwd", "orders").ToString());
        Assert.Equal("dwd.\"Order Lines\"", TableName.Of(null, "dwd", "Order Lines").ToString());
        Assert.Equal("\"a.b\".\"x\"\"y\"", TableName.Of(null, "a.b", "x\"y").ToString());
    }

    [Theory]
    [InlineData("", "the table name is empty")]
    [InlineData("   ", "the table name is empty")]
    [InlineData("dwd..orders", "part 2 is empty")]
    [InlineData(".orders", "part 1 is empty")]
    [InlineData("dwd.orders.", "part 3 is empty (the name ends with '.')")]
    [InlineData("a.b.c.d", "it has 4 parts; a table is written table, schema.table or catalog.schema.table (at most 3 parts)")]
    [InlineData("dwd.\"orders", "part 2 opens a double quote that is never closed")]
    [InlineData("dwd.\"\"", "part 2 is empty (\"\")")]
    [InlineData("\"dwd\"x.orders", "part 1 has 'x' after its closing quote; parts are separated by '.'")]
    [InlineData("dwd.ord\"ers", "part 2 has a double quote inside it; write the whole part in double quotes, with \"\" for a quote")]
    [InlineData("dwd.order lines", "part 2 contains white space; write that part in double quotes")]
    public void Says_precisely_what_is_wrong(string text, string reason)
    {
        Assert.False(TableName.TryParse(text, out var name, out var error));
        Assert.Null(name);
        Assert.Equal(reason, error);
        Assert.Throws<FormatException>(() => TableName.Parse(text));
    }

    [Fact]
    public void A_catalog_part_needs_a_schema() =>
        Assert.Throws<ArgumentException>(() => TableName.Of("analytics", null, "orders"));

    [Fact]
    public void The_loader_keeps_the_parts()
    {
        var result = new MiniCatalog().Replace(Orders, "table: orders", "table: analytics.dwd.\"Orders\"").Load();
        Assert.True(result.Catalog is not null, string.Join("\n", result.Problems));
        var table = result.Catalog.Models["orders"].Table;
        Assert.Equal(["analytics", "dwd", "Orders"], table.Parts);
        Assert.True(table.IsQualified);
        Assert.False(result.Catalog.Models["stores"].Table.IsQualified);
    }

    [Theory]
    [InlineData("dwd..orders", "part 2 is empty")]
    [InlineData("a.b.c.orders", "it has 4 parts; a table is written table, schema.table or catalog.schema.table (at most 3 parts)")]
    public void The_loader_refuses_a_malformed_table_at_its_line(string table, string reason)
    {
        var catalog = new MiniCatalog().Replace(Orders, "table: orders", $"table: {table}");
        var problem = ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.InvalidTableName);
        ProblemAssert.At(problem, Orders, catalog.LineOf(Orders, "table:"));
        Assert.Equal($"table '{table}' of model 'orders' is not a table name: {reason}", problem.Message);
        Assert.Null(problem.Suggestion);
    }

    [Fact]
    public void Columns_that_need_quoting_are_written_in_double_quotes_in_paths_and_expressions()
    {
        var result = new MiniCatalog()
            .Replace(Orders, "{ name: pay_amount, type: decimal }", "{ name: Pay Amount, type: decimal }")
            .Replace(Orders, "expr: pay_amount", "expr: '\"Pay Amount\" * 1.0'")
            .Load();
        Assert.True(result.Catalog is not null, string.Join("\n", result.Problems));
        var measure = result.Catalog.Models["orders"].FindMeasure("pay_amount")!;
        Assert.Equal([new ColumnPath([], "Pay Amount")], MeasureExpression.Parse(measure.Expression).Columns);
        Assert.Equal(new ColumnPath(["stores"], "Region Code"), ColumnPath.Parse("stores.\"Region Code\""));
        Assert.Equal("stores.\"Region Code\"", ColumnPath.Parse("stores.\"Region Code\"").ToString());
    }

    [Theory]
    [InlineData("\"Pay Amount", "the double quote at position 1 is never closed")]
    [InlineData("\"\" + 1", "an empty quoted name at position 1")]
    public void A_malformed_quoted_column_is_an_expression_error(string expression, string error) =>
        Assert.Equal(error, MeasureExpression.Parse(expression).Error);
}
