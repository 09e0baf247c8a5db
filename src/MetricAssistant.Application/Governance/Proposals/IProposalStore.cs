namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>
/// Proposals with everything they received, kept for good (memory, SQLite or PostgreSQL): revisions, reviews and
/// comments are only ever added; the status and the publication are the only values that move.
/// </summary>
public interface IProposalStore
{
    /// <summary>Keeps a new proposal with its first revision.</summary>
    Task AddAsync(Proposal proposal, CancellationToken cancellationToken);

    Task<Proposal?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Newest first; only those with <paramref name="status"/> and for <paramref name="metricId"/> when given.</summary>
    Task<IReadOnlyList<Proposal>> ListAsync(ProposalStatus? status, string? metricId, CancellationToken cancellationToken);

    /// <summary>Adds a revision and sets the status it leaves the proposal in.</summary>
    Task AddRevisionAsync(string id, ProposalRevision revision, ProposalStatus status, CancellationToken cancellationToken);

    /// <summary>Adds a review (its id is assigned by the store) and sets the status it leaves the proposal in.</summary>
    Task<ProposalReview> AddReviewAsync(string id, ProposalReview review, ProposalStatus status, CancellationToken cancellationToken);

    /// <summary>Adds a comment (its id is assigned by the store).</summary>
    Task<ProposalComment> AddCommentAsync(string id, ProposalComment comment, CancellationToken cancellationToken);

    /// <summary>Marks the proposal published; false when it already was (then nothing changes).</summary>
    Task<bool> MarkPublishedAsync(string id, ProposalPublication publication, CancellationToken cancellationToken);
}
