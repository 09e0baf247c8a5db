using Dapper;
using MetricAssistant.Application.Conversations;
using MetricAssistant.Infrastructure.Shared;

namespace MetricAssistant.Infrastructure.Teams;

/// <summary>
/// The welcome ledger in the shared store: one conditional upsert decides, so two replicas receiving Teams' two updates at
/// once send one welcome. Rows older than the quiet period are swept at most once a minute per replica.
/// </summary>
public sealed class PostgresWelcomeLedger(SharedStore shared, TimeProvider time) : IWelcomeLedger
{
    private const long SchemaLockKey = 0x4D41_5745_4C43; // "MAWELC"

    private readonly PostgresTables tables = shared.Tables(SchemaLockKey, """
        CREATE TABLE IF NOT EXISTS teams_welcomes (
            conversation_id text PRIMARY KEY,
            at timestamptz NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_teams_welcomes_at ON teams_welcomes (at);
        """);

    private readonly SweepSchedule sweeps = new(TimeSpan.FromMinutes(1));

    public async ValueTask<bool> ShouldWelcomeAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var now = time.GetUtcNow();
        var cutoff = (now - IWelcomeLedger.Quiet).UtcDateTime;
        await using var connection = await tables.OpenAsync(cancellationToken).ConfigureAwait(false);
        // A row comes back only when this call inserted it or took over one older than the quiet period.
        var won = await connection.ExecuteScalarAsync<string?>(new CommandDefinition("""
            INSERT INTO teams_welcomes (conversation_id, at) VALUES (@Id, @At)
            ON CONFLICT (conversation_id) DO UPDATE SET at = EXCLUDED.at WHERE teams_welcomes.at <= @Cutoff
            RETURNING conversation_id
            """, new { Id = conversationId, At = now.UtcDateTime, Cutoff = cutoff }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (sweeps.Claim(now))
            await connection.ExecuteAsync(new CommandDefinition("DELETE FROM teams_welcomes WHERE at <= @Cutoff", new { Cutoff = cutoff },
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        return won is not null;
    }
}
