using Dapper;
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
/// What the server sees: a cancelled or timed-out query is no longer running on the PostgreSQL backend, the pool hands
/// the same backend back, and one DuckDB warehouse answers many queries at once exactly as it answers them one by one.
/// </summary>
[Collection(WarehouseCollection.Name)]
public sealed class WarehouseCancellationTests(WarehouseFixture fixture)
{
    private static readonly DateRange Q3 = new(new DateOnly(2025, 7, 1), new DateOnly(2025, 10, 1));

    private PostgresWarehouse Postgres(int timeoutSeconds = 30)
    {
        Skip.If(fixture.PostgresConnectionString is null, fixture.PostgresUnavailable);
        return new PostgresWarehouse(Options.Create(new WarehouseOptions
        {
            Engine = "postgres", PostgresConnectionString = fixture.PostgresConnectionString, QueryTimeoutSeconds = timeoutSeconds,
        }));
    }

    /// <summary>A compiled single-value query with its SQL swapped for <paramref name="sql"/> (one integer column).</summary>
    private static CompiledQuery With(IWarehouse warehouse, string sql) =>
        new MetricCompiler(TestRepository.Catalog).Compile(new(["order_count"], [], [], Q3), warehouse.Dialect).Query! with { Sql = sql, Parameters = [] };

    /// <summary>A pg_sleep marked with a fresh comment, so pg_stat_activity can tell this statement from any other.</summary>
    private static (string Sql, string Marker) Sleep()
    {
        var marker = $"ma-cancel-{Guid.NewGuid():N}";
        return ($"/* {marker} */ SELECT COUNT(*) FROM pg_sleep(120), generate_series(1, 10)", marker);
    }

    /// <summary>Backends running the marked statement now, polled for a few seconds until none is (the server ends it asynchronously).</summary>
    private async Task<int> StillRunningAsync(string marker, bool waitForNone = true)
    {
        await using var connection = new NpgsqlConnection(fixture.PostgresConnectionString);
        await connection.OpenAsync();
        const string sql = "SELECT COUNT(*)::int FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid() AND strpos(query, @marker) > 0";
        for (var attempt = 0; ; attempt++)
        {
            var running = await connection.ExecuteScalarAsync<int>(sql, new { marker });
            if (running == 0 || !waitForNone || attempt == 50) return running;
            await Task.Delay(100);
        }
    }

    [SkippableFact]
    public async Task The_callers_cancellation_ends_the_statement_on_the_server()
    {
        using var warehouse = Postgres();
        var (sql, marker) = Sleep();
        using var cancel = new CancellationTokenSource();
        var running = warehouse.ExecuteAsync(With(warehouse, sql), cancel.Token);
        // The statement is on the server before the caller goes away.
        for (var i = 0; i < 100 && await StillRunningAsync(marker, waitForNone: false) == 0; i++) await Task.Delay(50);
        Assert.Equal(1, await StillRunningAsync(marker, waitForNone: false));

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.Equal(0, await StillRunningAsync(marker));
    }

    [SkippableFact]
    public async Task A_timed_out_statement_does_not_keep_running_on_the_server()
    {
        using var warehouse = Postgres(timeoutSeconds: 1);
        var (sql, marker) = Sleep();
        var result = await warehouse.ExecuteAsync(With(warehouse, sql), CancellationToken.None);
        Assert.Equal(QueryOutcome.TimedOut, result.Outcome);
        Assert.Equal(0, await StillRunningAsync(marker));
    }

    [SkippableFact]
    public async Task Queries_reuse_pooled_connections()
    {
        using var warehouse = Postgres();
        var pid = With(warehouse, "SELECT pg_backend_pid()");
        var backends = new HashSet<long>();
        for (var i = 0; i < 5; i++) backends.Add((long)(await warehouse.ExecuteAsync(pid, CancellationToken.None)).Rows[0][0]!);
        // One after another, every query gets the same pooled physical connection back.
        Assert.Single(backends);
    }

    [Fact]
    public async Task Many_queries_at_once_on_one_DuckDB_warehouse_answer_as_they_do_one_by_one()
    {
        var warehouse = fixture.Warehouse("duckdb");
        var compiler = new MetricCompiler(TestRepository.Catalog);
        CompiledQuery[] queries =
        [
            compiler.Compile(new(["gmv"], ["region"], [], Q3), warehouse.Dialect).Query!,
            compiler.Compile(new(["aov"], ["channel"], [], Q3), warehouse.Dialect).Query!,
            compiler.Compile(new(["gross_margin"], ["category"], [], Q3, TimeGrain.Month), warehouse.Dialect).Query!,
            compiler.Compile(new(["order_count"], ["store"], [], Q3), warehouse.Dialect).Query!,
        ];
        var expected = new List<IReadOnlyList<IReadOnlyList<object?>>>();
        foreach (var query in queries) expected.Add((await warehouse.ExecuteAsync(query, CancellationToken.None)).Rows);

        var runs = Enumerable.Range(0, 32).Select(i => Task.Run(() => warehouse.ExecuteAsync(queries[i % queries.Length], CancellationToken.None))).ToArray();
        var results = await Task.WhenAll(runs);

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(QueryOutcome.Completed, results[i].Outcome);
            Assert.Equal(expected[i % queries.Length], results[i].Rows);
        }
    }

    [Fact]
    public async Task A_cancelled_DuckDB_query_leaves_the_warehouse_answering()
    {
        var warehouse = fixture.Warehouse("duckdb");
        var slow = With(warehouse, "SELECT COUNT(*) FROM range(100000000) a(x) JOIN range(100000000) b(y) ON a.x % 7 = b.y % 11");
        var quick = new MetricCompiler(TestRepository.Catalog).Compile(new(["gmv"], ["region"], [], Q3), warehouse.Dialect).Query!;
        var before = await warehouse.ExecuteAsync(quick, CancellationToken.None);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => warehouse.ExecuteAsync(slow, cancel.Token));
        Assert.Equal(before.Rows, (await warehouse.ExecuteAsync(quick, CancellationToken.None)).Rows);
    }
}
