using Dapper;
using MetricAssistant.Application.Audit;
using MetricAssistant.Infrastructure.Audit;
using MetricAssistant.Tests.Shared;
using Npgsql;
using Xunit.Abstractions;

namespace MetricAssistant.Infrastructure.Tests.Audit;

public sealed class PostgresAuditLogTests(ITestOutputHelper output) : AuditLogContractTests(output)
{
    private string? connectionString;

    protected override void SkipIfUnavailable() => Skip.If(PostgresServer.Instance.ConnectionString is null, PostgresServer.Instance.UnavailableReason);

    private string ConnectionString => connectionString ??= PostgresServer.Instance.CreateDatabase("ma_audit");

    protected override IAuditLog CreateStore() => new PostgresAuditLog(ConnectionString);

    [SkippableFact]
    public async Task Creates_the_table_and_indexes_when_missing_even_when_many_stores_start_together()
    {
        SkipIfUnavailable();
        var stores = Enumerable.Range(0, 8).Select(_ => Open()).ToArray();
        await Task.WhenAll(stores.Select((s, i) => Task.Run(() => s.RecordAsync(Entry(i, question: $"first {i}"), CancellationToken.None))));
        Assert.Equal(8, (await stores[0].ReadAsync(new AuditFilter(), CancellationToken.None)).Count);

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        var indexes = (await connection.QueryAsync<string>("SELECT indexname FROM pg_indexes WHERE tablename = 'audit_log' AND indexname LIKE 'ix_%' ORDER BY indexname")).ToArray();
        Assert.Equal(["ix_audit_log_metric_time", "ix_audit_log_status_time", "ix_audit_log_time", "ix_audit_log_user_time"], indexes);
        Assert.Equal("timestamp with time zone", await connection.ExecuteScalarAsync<string>(
            "SELECT data_type FROM information_schema.columns WHERE table_name = 'audit_log' AND column_name = 'time_utc'"));
    }

    [SkippableFact]
    public async Task Keeps_times_to_the_microsecond()
    {
        SkipIfUnavailable();
        var store = Open();
        var precise = Entry(1) with { Time = new DateTimeOffset(2025, 7, 1, 9, 0, 0, TimeSpan.FromHours(8)).AddTicks(1_234_560) };
        await store.RecordAsync(precise, CancellationToken.None);
        Assert.Equal(precise, (await store.ReadAsync(new AuditFilter(), CancellationToken.None)).Single());
    }
}
