using System.Diagnostics;
using MetricAssistant.Application.Execution;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler;
using MetricAssistant.QueryModel;
using MetricAssistant.Infrastructure.Warehouse;
using MetricAssistant.Tests.Shared;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Infrastructure.Tests.Results;

/// <summary>The time limit stops a long query, the caller's cancellation reaches the engine, and the row limit is never silent.</summary>
[Collection(WarehouseCollection.Name)]
public sealed class WarehouseLimitTests(WarehouseFixture fixture)
{
    public static IEnumerable<object[]> Engines() => [["duckdb"], ["postgres"]];

    private IWarehouse Warehouse(string engine, int timeoutSeconds = 30, int rowLimit = 10_000)
    {
        Skip.If(engine == "postgres" && fixture.PostgresConnectionString is null, fixture.PostgresUnavailable);
        var options = Options.Create(new WarehouseOptions
        {
            Engine = engine,
            DuckDbPath = fixture.DuckDbPath,
            PostgresConnectionString = fixture.PostgresConnectionString,
            QueryTimeoutSeconds = timeoutSeconds,
            RowLimit = rowLimit,
        });
        return engine == "duckdb"
            ? new DuckDbWarehouse(options, new WarehousePaths(options, new RepositoryRoot(TestRepository.Root)))
            : new PostgresWarehouse(options);
    }

    private static CompiledQuery Compiled(IWarehouse warehouse, SemanticQuery query) =>
        new MetricCompiler(TestRepository.Catalog).Compile(query, warehouse.Dialect).Query!;

    /// <summary>A statement that runs for minutes on either engine, in place of a compiled query's SQL.</summary>
    private static CompiledQuery Slow(IWarehouse warehouse) =>
        Compiled(warehouse, new(["order_count"], [], [], new(new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 1)))) with
        {
            Sql = warehouse.Dialect.Name == "duckdb"
                ? "SELECT COUNT(*) FROM range(100000000) a(x) JOIN range(100000000) b(y) ON a.x % 7 = b.y % 11"
                : "SELECT COUNT(*) FROM pg_sleep(120), generate_series(1, 10)",
            Parameters = [],
        };

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task A_query_over_the_time_limit_is_stopped_and_reported(string engine)
    {
        var warehouse = Warehouse(engine, timeoutSeconds: 1);
        var watch = Stopwatch.StartNew();
        var result = await warehouse.ExecuteAsync(Slow(warehouse), CancellationToken.None);
        Assert.Equal(QueryOutcome.TimedOut, result.Outcome);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
        (warehouse as IDisposable)?.Dispose();
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task The_callers_cancellation_stops_the_query(string engine)
    {
        var warehouse = Warehouse(engine);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => warehouse.ExecuteAsync(Slow(warehouse), cancel.Token));
        (warehouse as IDisposable)?.Dispose();
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task More_rows_than_the_limit_is_an_outcome_not_a_silent_cut(string engine)
    {
        var warehouse = Warehouse(engine, rowLimit: 10);
        var result = await warehouse.ExecuteAsync(Compiled(warehouse, new(["gmv"], ["store"], [], new(new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 1)))), CancellationToken.None);
        Assert.Equal(QueryOutcome.RowLimitExceeded, result.Outcome);
        Assert.Empty(result.Rows);
        var exact = await Warehouse(engine, rowLimit: 5).ExecuteAsync(Compiled(warehouse, new(["gmv"], ["region"], [], new(new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 1)))), CancellationToken.None);
        Assert.Equal(QueryOutcome.Completed, exact.Outcome);
        Assert.Equal(5, exact.Rows.Count);
        (warehouse as IDisposable)?.Dispose();
    }
}
