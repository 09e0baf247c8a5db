namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>Proposals in memory: the reference behaviour the SQL stores are tested against, and the store for tests. Lost on restart.</summary>
public sealed class InMemoryProposalStore : IProposalStore
{
    private readonly Lock gate = new();
    private readonly List<Proposal> proposals = [];
    private long nextId;

    public Task AddAsync(Proposal proposal, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (proposals.Any(p => p.Id == proposal.Id)) throw new InvalidOperationException($"proposal '{proposal.Id}' exists");
            proposals.Add(proposal);
        }
        return Task.CompletedTask;
    }

    public Task<Proposal?> GetAsync(string id, CancellationToken cancellationToken)
    {
        lock (gate) return Task.FromResult(proposals.FirstOrDefault(p => p.Id == id));
    }

    public Task<IReadOnlyList<Proposal>> ListAsync(ProposalStatus? status, string? metricId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            IReadOnlyList<Proposal> list = [.. Enumerable.Reverse(proposals).Where(p => (status is null || p.Status == status) && (metricId is null || p.MetricId == metricId))];
            return Task.FromResult(list);
        }
    }

    public Task AddRevisionAsync(string id, ProposalRevision revision, ProposalStatus status, CancellationToken cancellationToken)
    {
        Update(id, p => p with { Revisions = [.. p.Revisions, revision], Status = status });
        return Task.CompletedTask;
    }

    public Task<ProposalReview> AddReviewAsync(string id, ProposalReview review, ProposalStatus status, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var kept = review with { Id = ++nextId };
            Update(id, p => p with { Reviews = [.. p.Reviews, kept], Status = status });
            return Task.FromResult(kept);
        }
    }

    public Task<ProposalComment> AddCommentAsync(string id, ProposalComment comment, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var kept = comment with { Id = ++nextId };
            Update(id, p => p with { Comments = [.. p.Comments, kept] });
            return Task.FromResult(kept);
        }
    }

    public Task<bool> MarkPublishedAsync(string id, ProposalPublication publication, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var index = proposals.FindIndex(p => p.Id == id);
            if (index < 0 || proposals[index].Publication is not null) return Task.FromResult(false);
            proposals[index] = proposals[index] with { Status = ProposalStatus.Published, Publication = publication };
            return Task.FromResult(true);
        }
    }

    private void Update(string id, Func<Proposal, Proposal> change)
    {
        lock (gate)
        {
            var index = proposals.FindIndex(p => p.Id == id);
            if (index < 0) throw new KeyNotFoundException($"no proposal '{id}'");
            proposals[index] = change(proposals[index]);
        }
    }
}
