using System.Data.Common;
using Dapper;
using MetricAssistant.Application.Learning;

namespace MetricAssistant.Infrastructure.Learning;

/// <summary>
/// What the SQLite and PostgreSQL example stores share: the same tables and statements (<see cref="ExampleTable"/>);
/// they differ in how a connection is opened and the schema created, and in how a time is passed.
/// A sighting and its example's count are written in one transaction.
/// </summary>
public abstract class SqlExampleStore : ILearnedExampleStore
{
    /// <summary>An open connection on a store whose tables exist.</summary>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>A time as the store's parameter value.</summary>
    protected abstract object Time(DateTimeOffset time);

    public async Task<LearnedExample> RecordAsync(ExampleSighting sighting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sighting);
        if (string.IsNullOrWhiteSpace(sighting.Question) || sighting.Metrics.Count == 0 || string.IsNullOrWhiteSpace(sighting.UserId))
            throw new ArgumentException("A sighting needs a question, at least one metric and a user.", nameof(sighting));
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var parameters = ExampleTable.Parameters(sighting, Time(sighting.Time));
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(ExampleTable.Upsert, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(ExampleTable.InsertSighting, new
        {
            ExampleId = id,
            sighting.Question,
            sighting.UserId,
            Time = Time(sighting.Time),
            Origin = ExampleTable.Name(sighting.Origin),
            QueryJson = ExampleTable.Json(sighting.Query),
        }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var example = await ReadOneAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return example!;
    }

    public async Task<IReadOnlyList<LearnedExample>> ListAsync(ExampleStatus? status, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var sql = ExampleTable.Select + (status is null ? "" : " WHERE status = @Status") + " ORDER BY last_seen DESC, id DESC LIMIT @Limit";
        var rows = await connection.QueryAsync<ExampleRow>(new CommandDefinition(sql,
            new { Status = status is { } s ? ExampleTable.Name(s) : null, Limit = limit }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToExample()).ToList();
    }

    public async Task<LearnedExample?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadOneAsync(connection, null, id, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ExampleSighting>> SightingsAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<SightingRow>(new CommandDefinition(ExampleTable.SelectSightings, new { Id = id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToSighting()).ToList();
    }

    public async Task<LearnedExample?> ReviewAsync(long id, ExampleStatus status, string reviewer, DateTimeOffset time, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var changed = await connection.ExecuteAsync(new CommandDefinition(ExampleTable.Review,
            new { Id = id, Status = ExampleTable.Name(status), Reviewer = reviewer, Time = Time(time) }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var example = changed == 0 ? null : await ReadOneAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return example;
    }

    public async Task<IReadOnlyList<LearnedExample>> AcceptedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<ExampleRow>(new CommandDefinition(ExampleTable.Select + " WHERE status = 'accepted' ORDER BY reviewed_at, id",
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToExample()).ToList();
    }

    private static async Task<LearnedExample?> ReadOneAsync(DbConnection connection, DbTransaction? transaction, long id, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<ExampleRow>(new CommandDefinition(ExampleTable.Select + " WHERE id = @Id", new { Id = id }, transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToExample();
    }
}
