using Dapper;
using MetricAssistant.Application.Hosting;
using MetricAssistant.Infrastructure.Shared;

namespace MetricAssistant.Infrastructure.Teams;

/// <summary>
/// Accepted turns in the shared store. The primary key makes a retried activity a no-op; a lease (owner, until) says who
/// runs a turn; a lapsed lease is claimed with <c>FOR UPDATE SKIP LOCKED</c>, so two replicas never take the same turn.
/// A turn is tried at most <see cref="MaxAttempts"/> times and not after <see cref="MaxAge"/> (a question that old is
/// better asked again); answered and given-up turns are deleted once <see cref="MaxAge"/> has passed, so retries within
/// it are still recognised.
/// </summary>
public sealed class PostgresTurnJournal(SharedStore shared, TimeProvider time) : ITurnJournal
{
    public const int MaxAttempts = 3;
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(15);
    private const long SchemaLockKey = 0x4D41_5455_524E; // "MATURN"

    private readonly PostgresTables tables = shared.Tables(SchemaLockKey, """
        CREATE TABLE IF NOT EXISTS teams_turns (
            id text PRIMARY KEY,
            payload text NOT NULL,
            base_url text NOT NULL,
            owner text NOT NULL,
            lease_until timestamptz NOT NULL,
            attempts integer NOT NULL,
            accepted_at timestamptz NOT NULL,
            completed_at timestamptz NULL);
        CREATE INDEX IF NOT EXISTS ix_teams_turns_open ON teams_turns (lease_until) WHERE completed_at IS NULL;
        CREATE INDEX IF NOT EXISTS ix_teams_turns_accepted ON teams_turns (accepted_at);
        """);

    private readonly SweepSchedule sweeps = new(TimeSpan.FromMinutes(1));

    /// <summary>This process, as the owner of the leases it takes.</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public async ValueTask<bool> AcceptAsync(string id, string payload, string publicBaseUrl, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var now = time.GetUtcNow();
        await using var connection = await tables.OpenAsync(cancellationToken).ConfigureAwait(false);
        var inserted = await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO teams_turns (id, payload, base_url, owner, lease_until, attempts, accepted_at) VALUES (@Id, @Payload, @BaseUrl, @Owner, @Until, 1, @Now)
            ON CONFLICT (id) DO NOTHING
            """, new { Id = id, Payload = payload, BaseUrl = publicBaseUrl, Owner, Until = (now + lease).UtcDateTime, Now = now.UtcDateTime },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (sweeps.Claim(now))
            await connection.ExecuteAsync(new CommandDefinition("DELETE FROM teams_turns WHERE accepted_at <= @Cutoff", new { Cutoff = (now - MaxAge).UtcDateTime },
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        return inserted == 1;
    }

    public async ValueTask CompleteAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await tables.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition("UPDATE teams_turns SET completed_at = @Now WHERE id = @Id",
            new { Id = id, Now = time.GetUtcNow().UtcDateTime }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async ValueTask ReleaseAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await tables.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM teams_turns WHERE id = @Id AND owner = @Owner AND completed_at IS NULL",
            new { Id = id, Owner }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async ValueTask RenewAsync(IReadOnlyCollection<string> ids, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0) return;
        await using var connection = await tables.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition("UPDATE teams_turns SET lease_until = @Until WHERE id = ANY(@Ids) AND owner = @Owner AND completed_at IS NULL",
            new { Ids = ids.ToArray(), Owner, Until = (time.GetUtcNow() + lease).UtcDateTime }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async ValueTask<JournaledTurn?> ClaimAbandonedAsync(TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await tables.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition("""
            UPDATE teams_turns SET owner = @Owner, lease_until = @Until, attempts = attempts + 1
            WHERE id = (SELECT id FROM teams_turns
                        WHERE completed_at IS NULL AND lease_until < @Now AND attempts < @MaxAttempts AND accepted_at > @Oldest
                        ORDER BY accepted_at LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING id AS Id, payload AS Payload, base_url AS BaseUrl, attempts AS Attempts
            """, new { Owner, Until = (now + lease).UtcDateTime, Now = now.UtcDateTime, MaxAttempts, Oldest = (now - MaxAge).UtcDateTime },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row is null ? null : new JournaledTurn(row.Id, row.Payload, row.BaseUrl, row.Attempts);
    }

    private sealed class Row
    {
        public string Id { get; init; } = "";
        public string Payload { get; init; } = "";
        public string BaseUrl { get; init; } = "";
        public int Attempts { get; init; }
    }
}
