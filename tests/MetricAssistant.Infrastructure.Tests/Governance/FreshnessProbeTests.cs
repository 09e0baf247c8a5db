using System.Globalization;
using Dapper;
using DuckDB.NET.Data;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Governance.Freshness;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Infrastructure.Warehouse;
using MetricAssistant.Tests.Shared;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MetricAssistant.Infrastructure.Tests.Governance;

/// <summary>How far a source table goes, read from each engine (time column or load log), and answers carrying it end to end.</summary>
[Collection(WarehouseCollection.Name)]
public sealed class FreshnessProbeTests(WarehouseFixture fixture)
{
    public static IEnumerable<object[]> Engines() => [["duckdb"], ["postgres"]];

    private IFreshnessProbe Probe(string engine, string? duckDbPath = null, string? postgres = null)
    {
        Skip.If(engine == "postgres" && fixture.PostgresConnectionString is null, fixture.PostgresUnavailable);
        var options = Options.Create(new WarehouseOptions
        {
            Engine = engine,
            DuckDbPath = duckDbPath ?? fixture.DuckDbPath,
            PostgresConnectionString = postgres ?? fixture.PostgresConnectionString,
        });
        return engine == "duckdb"
            ? new DuckDbWarehouse(options, new WarehousePaths(options, new RepositoryRoot(TestRepository.Root)))
            : new PostgresWarehouse(options);
    }

    private async Task<DateTime> RawAsync(string engine, string sql)
    {
        var value = (await fixture.RawAsync(engine, sql))[0][0];
        return value is DateOnly d ? d.ToDateTime(TimeOnly.MinValue) : (DateTime)value!;
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Each_engine_reads_the_newest_time_and_date_of_a_table(string engine)
    {
        var probe = Probe(engine);
        Assert.Equal(await RawAsync(engine, "SELECT MAX(paid_time) FROM orders"), await probe.NewestAsync(new FreshnessSource("orders", TableName.Of("orders"), "paid_time", null), CancellationToken.None));
        Assert.Equal(await RawAsync(engine, "SELECT MAX(month) FROM store_staff_monthly"),
            await probe.NewestAsync(new FreshnessSource("store_staff_monthly", TableName.Of("store_staff_monthly"), "month", null), CancellationToken.None));
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Each_engine_reads_a_load_log_for_its_table_only(string engine)
    {
        const string Create = "CREATE SCHEMA etl; CREATE TABLE etl.load_log (table_name VARCHAR(100), data_until TIMESTAMP)";
        const string Insert = "INSERT INTO etl.load_log VALUES ('refunds', TIMESTAMP '2025-12-29 02:30:00'), ('refunds', TIMESTAMP '2025-12-30 02:30:00'), ('orders', TIMESTAMP '2026-01-05 02:00:00')";
        string path, postgres;
        if (engine == "duckdb")
        {
            using var directory = new TempDirectory();
            path = Path.Combine(directory.Path, "log.duckdb");
            await using (var connection = new DuckDBConnection($"Data Source={path}"))
            {
                await connection.OpenAsync();
                foreach (var statement in Create.Split(';')) await connection.ExecuteAsync(statement);
                await connection.ExecuteAsync(Insert);
            }
            await Check(Probe(engine, duckDbPath: path));
            return;
        }
        Skip.If(fixture.PostgresConnectionString is null, fixture.PostgresUnavailable);
        postgres = PostgresServer.Instance.CreateDatabase("ma_freshness");
        await using (var connection = new NpgsqlConnection(postgres))
        {
            await connection.OpenAsync();
            foreach (var statement in Create.Split(';')) await connection.ExecuteAsync(statement);
            await connection.ExecuteAsync(Insert);
        }
        await Check(Probe(engine, postgres: postgres));

        static async Task Check(IFreshnessProbe probe)
        {
            Assert.Equal(new DateTime(2025, 12, 30, 2, 30, 0), await probe.NewestAsync(new FreshnessSource("refunds", TableName.Of("refunds"), null, "etl.load_log"), CancellationToken.None));
            Assert.Null(await probe.NewestAsync(new FreshnessSource("visits", TableName.Of("visits"), null, "etl.load_log"), CancellationToken.None));
            (probe as IDisposable)?.Dispose();
        }
    }

    [Fact]
    public async Task The_embedded_warehouses_generation_changes_when_its_file_is_rewritten()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "gen.duckdb");
        await using (var connection = new DuckDBConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await connection.ExecuteAsync("CREATE TABLE t (x INTEGER)");
        }
        var probe = Probe("duckdb", duckDbPath: path);
        var before = probe.Generation;
        Assert.Equal(before, probe.Generation);
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddMinutes(5));
        Assert.NotEqual(before, probe.Generation);
    }

    [SkippableTheory]
    [MemberData(nameof(Engines))]
    public async Task Answers_carry_how_far_the_data_goes_and_whether_it_is_stale_at_their_now(string engine)
    {
        var newest = await RawAsync(engine, "SELECT MAX(paid_time) FROM orders");
        var day = newest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var answer = await fixture.Ask(engine).AskAsync(new AskRequest("上个月华东的GMV", "ceo", "2025-07-15T10:00:00"), null, CancellationToken.None);
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(newest.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), answer.Freshness!.DataUntil);
        Assert.False(answer.Freshness.Stale);
        Assert.Contains($"数据更新至 {day}。", answer.Message);

        var later = await fixture.Service(engine).RunAsync(new QueryRequest(new QueryDto(["gmv"]), "ceo", "2026-03-01T10:00:00", "en"), CancellationToken.None);
        Assert.Equal(AnswerStatus.Answered, later.Status);
        Assert.True(later.Freshness!.Stale);
        Assert.Contains($"Data up to {day} (older than the expected update daily", later.Message);
    }
}
