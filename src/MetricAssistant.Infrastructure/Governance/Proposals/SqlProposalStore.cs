using System.Data.Common;
using Dapper;
using MetricAssistant.Application.Governance.Proposals;

namespace MetricAssistant.Infrastructure.Governance.Proposals;

/// <summary>
/// What the SQLite and PostgreSQL proposal stores share: the same tables and statements (<see cref="ProposalTable"/>);
/// they differ in how a connection is opened and the schema created. Each write is one committed transaction.
/// </summary>
public abstract class SqlProposalStore : IProposalStore
{
    /// <summary>An open connection on a store whose tables exist.</summary>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    public async Task AddAsync(Proposal proposal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(ProposalTable.InsertProposal, new
        {
            proposal.Id,
            Kind = ProposalWords.Of(proposal.Kind),
            proposal.MetricId,
            proposal.Path,
            proposal.BaseVersion,
            proposal.BaseRevision,
            Status = ProposalWords.Of(proposal.Status),
            proposal.Author,
            CreatedAt = ProposalTable.Time(proposal.CreatedAt),
        }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        foreach (var revision in proposal.Revisions) await InsertRevisionAsync(connection, transaction, proposal.Id, revision, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<Proposal?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<ProposalRow>(new CommandDefinition(ProposalTable.SelectProposals + " WHERE id = @Id", new { Id = id },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row is null ? null : await ReadAsync(connection, row, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Proposal>> ListAsync(ProposalStatus? status, string? metricId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var where = new[] { status is null ? null : "status = @Status", metricId is null ? null : "metric_id = @MetricId" }.OfType<string>().ToList();
        var sql = ProposalTable.SelectProposals + (where.Count == 0 ? "" : " WHERE " + string.Join(" AND ", where)) + " ORDER BY seq DESC";
        var rows = await connection.QueryAsync<ProposalRow>(new CommandDefinition(sql,
            new { Status = status is { } s ? ProposalWords.Of(s) : null, MetricId = metricId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var list = new List<Proposal>();
        foreach (var row in rows) list.Add(await ReadAsync(connection, row, cancellationToken).ConfigureAwait(false));
        return list;
    }

    public async Task AddRevisionAsync(string id, ProposalRevision revision, ProposalStatus status, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await InsertRevisionAsync(connection, transaction, id, revision, cancellationToken).ConfigureAwait(false);
        await SetStatusAsync(connection, transaction, id, status, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<ProposalReview> AddReviewAsync(string id, ProposalReview review, ProposalStatus status, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var key = await connection.ExecuteScalarAsync<long>(new CommandDefinition(ProposalTable.InsertReview, new
        {
            ProposalId = id,
            review.Revision,
            Decision = ProposalWords.Of(review.Decision),
            review.Comment,
            review.Reviewer,
            At = ProposalTable.Time(review.At),
        }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await SetStatusAsync(connection, transaction, id, status, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return review with { Id = key };
    }

    public async Task<ProposalComment> AddCommentAsync(string id, ProposalComment comment, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var key = await connection.ExecuteScalarAsync<long>(new CommandDefinition(ProposalTable.InsertComment,
            new { ProposalId = id, comment.Author, comment.Text, At = ProposalTable.Time(comment.At) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return comment with { Id = key };
    }

    public async Task<bool> MarkPublishedAsync(string id, ProposalPublication publication, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var changed = await connection.ExecuteAsync(new CommandDefinition(ProposalTable.MarkPublished,
            new { Id = id, publication.Version, publication.Revision, publication.By, At = ProposalTable.Time(publication.At) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return changed == 1;
    }

    private static Task InsertRevisionAsync(DbConnection connection, DbTransaction transaction, string id, ProposalRevision revision, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(ProposalTable.InsertRevision, new
        {
            ProposalId = id,
            revision.Number,
            revision.DefinitionJson,
            revision.Yaml,
            BumpsVersion = revision.BumpsVersion ? 1 : 0,
            revision.Author,
            At = ProposalTable.Time(revision.At),
            revision.Reason,
        }, transaction, cancellationToken: cancellationToken));

    private static async Task SetStatusAsync(DbConnection connection, DbTransaction transaction, string id, ProposalStatus status, CancellationToken cancellationToken)
    {
        var changed = await connection.ExecuteAsync(new CommandDefinition(ProposalTable.SetStatus, new { Id = id, Status = ProposalWords.Of(status) }, transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (changed == 0) throw new KeyNotFoundException($"no proposal '{id}'");
    }

    private static async Task<Proposal> ReadAsync(DbConnection connection, ProposalRow row, CancellationToken cancellationToken)
    {
        var key = new { row.Id };
        var revisions = await connection.QueryAsync<RevisionRow>(new CommandDefinition(ProposalTable.SelectRevisions, key, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var reviews = await connection.QueryAsync<ReviewRow>(new CommandDefinition(ProposalTable.SelectReviews, key, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var comments = await connection.QueryAsync<CommentRow>(new CommandDefinition(ProposalTable.SelectComments, key, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row.ToProposal([.. revisions.Select(r => r.ToRevision())], [.. reviews.Select(r => r.ToReview())], [.. comments.Select(c => c.ToComment())]);
    }
}
