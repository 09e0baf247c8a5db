using System.Text.Json;
using Dapper;
using MetricAssistant.Application.Conversations;
using MetricAssistant.Infrastructure.Shared;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Infrastructure.Conversations;

/// <summary>
/// Conversation context in the shared store, so a follow-up continues on whichever replica it lands. The same bounds as
/// <see cref="InMemoryConversationStore"/> where they matter: a conversation idle for
/// <see cref="ConversationOptions.IdleTimeout"/> is over (its turns are deleted by the next append to it, and every
/// replica sweeps expired turns at most once a <see cref="SweepInterval"/>), and only the last
/// <see cref="ConversationOptions.MaxTurns"/> turns are kept, so the table holds only live conversations.
/// </summary>
public sealed class PostgresConversationStore(SharedStore shared, IOptions<ConversationOptions> options, TimeProvider time) : IConversationStore
{
    public static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);
    private const long SchemaLockKey = 0x4D41_434F_4E56; // "MACONV"

    private const string Key = "user_id = @UserId AND conversation_id = @ConversationId AND caller_kind = @Kind";

    private readonly PostgresTables tables = shared.Tables(SchemaLockKey, """
        CREATE TABLE IF NOT EXISTS conversation_turns (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            caller_kind text NOT NULL,
            user_id text NOT NULL,
            conversation_id text NOT NULL,
            at timestamptz NOT NULL,
            turn jsonb NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_conversation_turns_key ON conversation_turns (user_id, conversation_id, caller_kind, seq);
        CREATE INDEX IF NOT EXISTS ix_conversation_turns_at ON conversation_turns (at);
        """);

    private readonly ConversationOptions settings = options.Value;
    private readonly SweepSchedule sweeps = new(SweepInterval);

    public async ValueTask<ConversationTurn?> LastAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var turns = await ReadAsync(key, 1, cancellationToken).ConfigureAwait(false);
        return turns.Count == 0 ? null : turns[^1];
    }

    public async ValueTask<IReadOnlyList<ConversationTurn>> TurnsAsync(ConversationKey key, CancellationToken cancellationToken) =>
        await ReadAsync(key, settings.MaxTurns, cancellationToken).ConfigureAwait(false);

    public async ValueTask AppendAsync(ConversationKey key, ConversationTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(turn);
        var now = time.GetUtcNow();
        var parameters = new
        {
            Kind = key.Kind.ToString(), key.UserId, key.ConversationId, At = now.UtcDateTime, Cutoff = (now - settings.IdleTimeout).UtcDateTime,
            Turn = JsonSerializer.Serialize(turn, SharedJson.Options), settings.MaxTurns,
        };
        await using var connection = await tables.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        // A conversation that went idle is over: its old turns go, so this one starts afresh as it would in memory.
        await connection.ExecuteAsync(new CommandDefinition($"""
            DELETE FROM conversation_turns WHERE {Key} AND at <= @Cutoff;
            INSERT INTO conversation_turns (caller_kind, user_id, conversation_id, at, turn) VALUES (@Kind, @UserId, @ConversationId, @At, CAST(@Turn AS jsonb));
            DELETE FROM conversation_turns WHERE {Key} AND seq NOT IN (
                SELECT seq FROM conversation_turns WHERE {Key} ORDER BY seq DESC LIMIT @MaxTurns);
            """, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        await SweepAsync(connection, now, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The newest <paramref name="take"/> turns, oldest first; none when the newest is older than the idle timeout.</summary>
    private async Task<IReadOnlyList<ConversationTurn>> ReadAsync(ConversationKey key, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = time.GetUtcNow();
        await using var connection = await tables.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition($"""
            SELECT at AS At, turn::text AS Turn FROM conversation_turns WHERE {Key} ORDER BY seq DESC LIMIT @Take
            """, new { Kind = key.Kind.ToString(), key.UserId, key.ConversationId, Take = take }, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
        if (rows.Count == 0 || now - new DateTimeOffset(DateTime.SpecifyKind(rows[0].At, DateTimeKind.Utc)) >= settings.IdleTimeout) return [];
        rows.Reverse();
        return [.. rows.Select(r => JsonSerializer.Deserialize<ConversationTurn>(r.Turn, SharedJson.Options)!)];
    }

    /// <summary>Deletes every expired turn, at most once a <see cref="SweepInterval"/> per replica: conversations nobody returns to do not stay.</summary>
    private async Task SweepAsync(Npgsql.NpgsqlConnection connection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!sweeps.Claim(now)) return;
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM conversation_turns WHERE at <= @Cutoff",
            new { Cutoff = (now - settings.IdleTimeout).UtcDateTime }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private sealed class Row
    {
        public DateTime At { get; init; }
        public string Turn { get; init; } = "";
    }
}
