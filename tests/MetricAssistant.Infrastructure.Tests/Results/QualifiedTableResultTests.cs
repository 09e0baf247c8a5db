using DuckDB.NET.Data;
using MetricAssistant.Application.Execution;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler;
using MetricAssistant.Infrastructure.Warehouse;
using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MetricAssistant.Infrastructure.Tests.Results;

/// <summary>
/// On the real engines: copies of the demo's orders and stores in a <c>dwd</c> schema, with names and columns that
/// need quoting (see <see cref="QualifiedCatalog"/>), answer exactly as the unqualified demo tables do.
/// </summary>
[Collection(WarehouseCollection.Name)]
public sealed class QualifiedTableResultTests(WarehouseFixture fixture)
{
    private static readonly DateRange Q3 = new(new DateOnly(2025, 7, 1), new DateOnly(2025, 10, 1));

    public static IEnumerable<object[]> Queries() =>
    [
        ["duckdb", "gmv_by_region"], ["duckdb", "gross_margin_in_east_by_category"], ["duckdb", "order_count_by_month"],
        ["postgres", "gmv_by_region"], ["postgres", "gross_margin_in_east_by_category"], ["postgres", "order_count_by_month"],
    ];

    private static readonly Dictionary<string, SemanticQuery> Cases = new()
    {
        ["gmv_by_region"] = new(["gmv"], ["region"], [], Q3),
        ["gross_margin_in_east_by_category"] = new(["gross_margin"], ["category"], [new("region", QueryFilterOperator.In, ["east"])], Q3),
        ["order_count_by_month"] = new(["order_count"], ["store_type"], [], Q3, TimeGrain.Month),
    };

    [SkippableTheory]
    [MemberData(nameof(Queries))]
    public async Task A_qualified_quoted_copy_answers_like_the_demo_tables(string engine, string name)
    {
        var (warehouse, catalogPart) = engine == "duckdb" ? await DuckDbCopyAsync() : await PostgresCopyAsync();
        try
        {
            await AnswersAlikeAsync(warehouse, catalogPart, name);
        }
        finally
        {
            (warehouse as IDisposable)?.Dispose();
            if (engine == "duckdb") Directory.Delete(Path.GetDirectoryName(copyPath!)!, recursive: true);
        }
    }

    private string? copyPath;

    private static async Task AnswersAlikeAsync(IWarehouse warehouse, string catalogPart, string name)
    {
        var qualified = QualifiedCatalog.Load(catalogPart);
        var plainQuery = new MetricCompiler(TestRepository.Catalog).Compile(Cases[name], warehouse.Dialect).Query!;
        var qualifiedQuery = new MetricCompiler(qualified).Compile(Cases[name], warehouse.Dialect).Query!;
        Assert.Contains("\"dwd\".\"orders\"", qualifiedQuery.Sql, StringComparison.Ordinal);

        var plain = await warehouse.ExecuteAsync(plainQuery, CancellationToken.None);
        var copy = await warehouse.ExecuteAsync(qualifiedQuery, CancellationToken.None);

        Assert.Equal(QueryOutcome.Completed, copy.Outcome);
        Assert.NotEmpty(plain.Rows);
        Assert.Equal(plain.Rows, copy.Rows);
    }

    /// <summary>A copy of the fixture's file named analytics.duckdb, whose catalog name is therefore "analytics".</summary>
    private async Task<(IWarehouse, string)> DuckDbCopyAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"ma-qualified-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var path = copyPath = Path.Combine(directory, "analytics.duckdb");
        File.Copy(fixture.DuckDbPath, path);
        await using (var connection = new DuckDBConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            foreach (var sql in QualifiedCatalog.CopySql)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                await command.ExecuteNonQueryAsync();
            }
        }
        var options = Options.Create(new WarehouseOptions { Engine = "duckdb", DuckDbPath = path });
        return (new DuckDbWarehouse(options, new WarehousePaths(options, new RepositoryRoot(TestRepository.Root))), "analytics");
    }

    /// <summary>The copies in the fixture's database (its name is the three-part name's first part), made afresh.</summary>
    private async Task<(IWarehouse, string)> PostgresCopyAsync()
    {
        Skip.If(fixture.PostgresConnectionString is null, fixture.PostgresUnavailable);
        await using (var connection = new NpgsqlConnection(fixture.PostgresConnectionString))
        {
            await connection.OpenAsync();
            foreach (var sql in new[] { $"DROP SCHEMA IF EXISTS {QualifiedCatalog.Schema} CASCADE" }.Concat(QualifiedCatalog.CopySql))
            {
                await using var command = new NpgsqlCommand(sql, connection);
                await command.ExecuteNonQueryAsync();
            }
        }
        var database = new NpgsqlConnectionStringBuilder(fixture.PostgresConnectionString).Database!;
        return (new PostgresWarehouse(Options.Create(new WarehouseOptions { Engine = "postgres", PostgresConnectionString = fixture.PostgresConnectionString })), database);
    }
}
