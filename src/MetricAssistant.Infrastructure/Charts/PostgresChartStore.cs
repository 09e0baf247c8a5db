using System.Text.Json;
using Dapper;
using MetricAssistant.Application.Charts;
using MetricAssistant.Infrastructure.Shared;

namespace MetricAssistant.Infrastructure.Charts;

/// <summary>
/// Chart specs in the shared store under <see cref="ChartId"/>s, so a link handed out by one replica is drawn by any
/// other. Each lives for <c>lifetime</c>; expired specs are deleted by the next add after a sweep is due.
/// </summary>
public sealed class PostgresChartStore(SharedStore shared, TimeSpan lifetime, TimeProvider time) : IChartStore
{
    private const long SchemaLockKey = 0x4D41_4348_5254; // "MACHRT"

    private readonly PostgresTables tables = shared.Tables(SchemaLockKey, """
        CREATE TABLE IF NOT EXISTS chart_specs (
            id text PRIMARY KEY,
            spec jsonb NOT NULL,
            width integer NOT NULL,
            height integer NOT NULL,
            expires timestamptz NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_chart_specs_expires ON chart_specs (expires);
        """);

    private readonly SweepSchedule sweeps = new(TimeSpan.FromMinutes(1));

    public async ValueTask<string> AddAsync(StoredChart chart, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var id = ChartId.New();
        var now = time.GetUtcNow();
        await using var connection = await tables.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO chart_specs (id, spec, width, height, expires) VALUES (@Id, CAST(@Spec AS jsonb), @Width, @Height, @Expires)",
            new { Id = id, Spec = JsonSerializer.Serialize(chart.Spec, SharedJson.Options), chart.Width, chart.Height, Expires = (now + lifetime).UtcDateTime },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (sweeps.Claim(now))
            await connection.ExecuteAsync(new CommandDefinition("DELETE FROM chart_specs WHERE expires <= @Now", new { Now = now.UtcDateTime },
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        return id;
    }

    public async ValueTask<StoredChart?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (!ChartId.IsWellFormed(id)) return null;
        await using var connection = await tables.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            "SELECT spec::text AS Spec, width AS Width, height AS Height FROM chart_specs WHERE id = @Id AND expires > @Now",
            new { Id = id, Now = time.GetUtcNow().UtcDateTime }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row is null ? null : new StoredChart(JsonSerializer.Deserialize<ChartSpec>(row.Spec, SharedJson.Options)!, row.Width, row.Height);
    }

    private sealed class Row
    {
        public string Spec { get; init; } = "";
        public int Width { get; init; }
        public int Height { get; init; }
    }
}
