using MetricAssistant.Application.Governance.Proposals;

namespace MetricAssistant.Infrastructure.Tests.Governance;

/// <summary>
/// What every <see cref="IProposalStore"/> must do, run once per store: a proposal comes back as kept (revisions,
/// reviews, comments, with who and when), lists newest first with filters, is published once, survives a restart,
/// and concurrent reviews are all kept.
/// </summary>
public abstract class ProposalStoreContractTests : IAsyncLifetime
{
    private readonly List<IProposalStore> opened = [];

    protected static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    protected abstract void SkipIfUnavailable();

    /// <summary>A new store object on the same file or database as every other one this test opened.</summary>
    protected abstract IProposalStore CreateStore();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in opened)
            if (store is IAsyncDisposable d) await d.DisposeAsync();
    }

    private IProposalStore Open()
    {
        var store = CreateStore();
        opened.Add(store);
        return store;
    }

    private static Proposal New(string id, string metric = "gmv", int minutes = 0, string author = "fin_li") => new(
        id, ProposalKind.Change, metric, $"catalog/metrics/{metric}.yaml", 3, 42, ProposalStatus.InReview, author, T0.AddMinutes(minutes),
        [new ProposalRevision(1, """{"synonyms":["GMV","成交额"]}""", "metric: gmv\nsynonyms: [GMV, 成交额]\n", false, author, T0.AddMinutes(minutes), "业务说法")], [], []);

    [SkippableFact]
    public async Task A_proposal_comes_back_with_everything_it_received()
    {
        SkipIfUnavailable();
        var store = Open();
        await store.AddAsync(New("p-1"), CancellationToken.None);
        var review = await store.AddReviewAsync("p-1", new ProposalReview(0, 1, ReviewDecision.RequestChanges, "换个说法", "ceo", T0.AddMinutes(1)), ProposalStatus.ChangesRequested, CancellationToken.None);
        Assert.True(review.Id > 0);
        await store.AddRevisionAsync("p-1", new ProposalRevision(2, """{"synonyms":["GMV"]}""", "metric: gmv\n", true, "fin_li", T0.AddMinutes(2), "改了"), ProposalStatus.InReview, CancellationToken.None);
        var comment = await store.AddCommentAsync("p-1", new ProposalComment(0, "ecom_zhao", "同意", T0.AddMinutes(3)), CancellationToken.None);
        await store.AddReviewAsync("p-1", new ProposalReview(0, 2, ReviewDecision.Approve, "", "ceo", T0.AddMinutes(4)), ProposalStatus.Approved, CancellationToken.None);

        var kept = await Open().GetAsync("p-1", CancellationToken.None);
        Assert.NotNull(kept);
        Assert.Equal((ProposalKind.Change, "gmv", 3, 42L, "fin_li", T0), (kept.Kind, kept.MetricId, kept.BaseVersion, kept.BaseRevision, kept.Author, kept.CreatedAt));
        Assert.Equal(ProposalStatus.Approved, kept.Status);
        Assert.Equal([1, 2], kept.Revisions.Select(r => r.Number));
        Assert.Equal(("""{"synonyms":["GMV"]}""", true, "改了", T0.AddMinutes(2)), (kept.Latest.DefinitionJson, kept.Latest.BumpsVersion, kept.Latest.Reason, kept.Latest.At));
        Assert.Equal([(ReviewDecision.RequestChanges, "换个说法", 1), (ReviewDecision.Approve, "", 2)], kept.Reviews.Select(r => (r.Decision, r.Comment, r.Revision)));
        Assert.Equal(review.Id, kept.Reviews[0].Id);
        Assert.Equal((comment.Id, "ecom_zhao", "同意", T0.AddMinutes(3)), (kept.Comments[0].Id, kept.Comments[0].Author, kept.Comments[0].Text, kept.Comments[0].At));
        Assert.Null(await store.GetAsync("p-none", CancellationToken.None));
    }

    [SkippableFact]
    public async Task Lists_are_newest_first_with_filters_and_a_proposal_is_published_once()
    {
        SkipIfUnavailable();
        var store = Open();
        await store.AddAsync(New("p-a", "gmv", 0), CancellationToken.None);
        await store.AddAsync(New("p-b", "order_count", 1), CancellationToken.None);
        await store.AddAsync(New("p-c", "gmv", 2), CancellationToken.None);
        Assert.Equal(["p-c", "p-b", "p-a"], (await store.ListAsync(null, null, CancellationToken.None)).Select(p => p.Id));
        Assert.Equal(["p-c", "p-a"], (await store.ListAsync(ProposalStatus.InReview, "gmv", CancellationToken.None)).Select(p => p.Id));

        var publication = new ProposalPublication(4, 77, "ceo", T0.AddHours(1));
        Assert.True(await store.MarkPublishedAsync("p-a", publication, CancellationToken.None));
        Assert.False(await store.MarkPublishedAsync("p-a", publication with { Revision = 78 }, CancellationToken.None));
        var published = Assert.Single(await Open().ListAsync(ProposalStatus.Published, null, CancellationToken.None));
        Assert.Equal(("p-a", publication), (published.Id, published.Publication));
    }

    [SkippableFact]
    public async Task Concurrent_reviews_and_comments_are_all_kept()
    {
        SkipIfUnavailable();
        var store = Open();
        await store.AddAsync(New("p-many"), CancellationToken.None);
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            await store.AddReviewAsync("p-many", new ProposalReview(0, 1, ReviewDecision.Approve, $"r{i}", $"u{i}", T0.AddSeconds(i)), ProposalStatus.Approved, CancellationToken.None);
            await store.AddCommentAsync("p-many", new ProposalComment(0, $"u{i}", $"c{i}", T0.AddSeconds(i)), CancellationToken.None);
        })));
        var kept = (await Open().GetAsync("p-many", CancellationToken.None))!;
        Assert.Equal(20, kept.Reviews.Select(r => r.Comment).Distinct().Count());
        Assert.Equal(20, kept.Comments.Select(c => c.Id).Distinct().Count());
        Assert.Equal(kept.Reviews.Select(r => r.Id).Order(), kept.Reviews.Select(r => r.Id));
    }
}
