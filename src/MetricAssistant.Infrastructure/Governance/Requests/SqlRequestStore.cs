using System.Data.Common;
using Dapper;
using MetricAssistant.Application.Governance.Requests;

namespace MetricAssistant.Infrastructure.Governance.Requests;

/// <summary>
/// What the SQLite and PostgreSQL request stores share: the same tables and statements (<see cref="RequestTable"/>);
/// they differ in how a connection is opened and the schema created, and in how a time is passed. A request and its
/// "created" entry, and a change with its history entry and notification, are each written in one transaction.
/// </summary>
public abstract class SqlRequestStore : IRequestStore
{
    /// <summary>An open connection on a store whose tables exist.</summary>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>A time as the store's parameter value.</summary>
    protected abstract object Time(DateTimeOffset time);

    public async Task<MetricRequest> CreateAsync(RequestDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        RequestRules.CheckDraft(draft);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var time = Time(draft.Time);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(RequestTable.InsertRequest, new
        {
            draft.Title,
            draft.Question,
            draft.Description,
            DomainEn = draft.Domain.En,
            DomainZh = draft.Domain.Zh,
            draft.RoutedMetricId,
            draft.RequesterId,
            draft.Door,
            TeamsJson = RequestTable.Json(draft.Teams),
            Time = time,
        }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await connection.ExecuteScalarAsync<long>(new CommandDefinition(RequestTable.InsertEvent, new
        {
            RequestId = id,
            Kind = RequestRules.Name(RequestEventKind.Created),
            From = (string?)null,
            Status = RequestRules.Name(RequestStatus.Open),
            Comment = draft.Description,
            MetricId = (string?)null,
            UserId = draft.RequesterId,
            Time = time,
        }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var request = await ReadOneAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return request!;
    }

    public async Task<MetricRequest?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ReadOneAsync(connection, null, id, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<MetricRequest>> ListAsync(RequestStatus? status, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var sql = RequestTable.Select + (status is null ? "" : " WHERE status = @Status") + " ORDER BY created_at DESC, id DESC LIMIT @Limit";
        var rows = await connection.QueryAsync<RequestRow>(new CommandDefinition(sql,
            new { Status = status is { } s ? RequestRules.Name(s) : null, Limit = limit }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToRequest()).ToList();
    }

    public async Task<IReadOnlyList<RequestEvent>> HistoryAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<RequestEventRow>(new CommandDefinition(RequestTable.SelectEvents, new { Id = id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToEvent()).ToList();
    }

    public async Task<AppendOutcome> AppendAsync(long id, RequestChange change, RequestStatus? expected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        RequestRules.CheckChange(change);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var time = Time(change.Time);
        RequestStatus? from = null;
        int changed;
        if (change.Kind == RequestEventKind.Status)
        {
            if (expected is null)
            {
                var current = await ReadOneAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
                if (current is null) return new AppendOutcome(null, null, NotFound: true);
                expected = current.Status;
            }
            from = expected;
            changed = await connection.ExecuteAsync(new CommandDefinition(RequestTable.MoveStatus, new
            {
                Id = id, Status = RequestRules.Name(change.Status!.Value), change.MetricId, Time = time, change.UserId, Expected = RequestRules.Name(expected.Value),
            }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        else
        {
            changed = await connection.ExecuteAsync(new CommandDefinition(RequestTable.Touch, new { Id = id, Time = time, change.UserId }, transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        if (changed == 0)
        {
            var actual = await ReadOneAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
            return actual is null ? new AppendOutcome(null, null, NotFound: true) : new AppendOutcome(null, actual, ActualStatus: actual.Status);
        }
        var eventId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(RequestTable.InsertEvent, new
        {
            RequestId = id,
            Kind = RequestRules.Name(change.Kind),
            From = from is { } f ? RequestRules.Name(f) : null,
            Status = change.Status is { } s ? RequestRules.Name(s) : null,
            change.Comment,
            change.MetricId,
            change.UserId,
            Time = time,
        }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var request = (await ReadOneAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false))!;
        if (change.Notify)
            await connection.ExecuteAsync(new CommandDefinition(RequestTable.InsertNotification, new { RequestId = id, EventId = eventId, UserId = request.RequesterId, Time = time },
                transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        var stored = new RequestEvent(eventId, id, change.Kind, from, change.Status, change.Comment, change.MetricId, change.UserId, change.Time);
        return new AppendOutcome(stored, request);
    }

    public async Task<IReadOnlyList<RequestNotification>> NotificationsAsync(string userId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<NotificationRow>(new CommandDefinition(RequestTable.SelectNotifications, new { UserId = userId }, cancellationToken: cancellationToken))
            .ConfigureAwait(false);
        return rows.Select(r => r.ToNotification()).ToList();
    }

    public async Task<int> MarkReadAsync(long requestId, string userId, DateTimeOffset time, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(RequestTable.MarkRead, new { RequestId = requestId, UserId = userId, Time = Time(time) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private static async Task<MetricRequest?> ReadOneAsync(DbConnection connection, DbTransaction? transaction, long id, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<RequestRow>(new CommandDefinition(RequestTable.Select + " WHERE id = @Id", new { Id = id }, transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row?.ToRequest();
    }
}
