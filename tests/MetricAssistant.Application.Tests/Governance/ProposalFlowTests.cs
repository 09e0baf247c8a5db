using MetricAssistant.Application.Governance;
using MetricAssistant.Application.Governance.Proposals;

namespace MetricAssistant.Application.Tests.Governance;

/// <summary>
/// The review flow: the approvals the policy asks for, changes requested and a revision, a rejection, two proposals
/// against one base (the second to publish conflicts, with both diffs, and nothing is overwritten), a catalog whose
/// source is the YAML folder, comments, and many publishes at once each kept in order.
/// </summary>
public sealed class ProposalFlowTests
{
    private readonly LifecycleHarness h = new();

    private Task<string> SynonymsAsync(string user, params string[] words) =>
        h.ProposedAsync(user, "change", "order_count", new { synonyms = words });

    [Fact]
    public async Task The_policy_can_ask_for_two_approvals()
    {
        var policy = (await h.Catalog.Store.CurrentAsync(CancellationToken.None)).Single(r => r.Path == "catalog/access/policy.yaml");
        var written = await h.Catalog.Store.WriteAsync([new DocumentWrite(policy.Path, policy.Yaml.Replace("approvals_required: 1", "approvals_required: 2"), policy.Revision, "ceo", "two reviewers")], CancellationToken.None);
        Assert.False(written.IsConflict);
        h.Catalog.Refresh();

        var id = await SynonymsAsync("east_wang", "订单", "成交单数");
        var (first, _) = await h.ReviewAsync("ecom_zhao", id, "approve");
        Assert.Equal("in_review", first!.Status);
        var (_, refused) = await h.PublishAsync("ceo", id);
        Assert.Contains("needs 2 approvals", refused!.Message);
        Assert.Contains("has 1", refused.Message);

        var (second, _) = await h.ReviewAsync("ceo", id, "approve");
        Assert.Equal("approved", second!.Status);
        var (published, failure) = await h.PublishAsync("ceo", id);
        Assert.Null(failure);
        Assert.Equal("order_count", published!.MetricId);
    }

    [Fact]
    public async Task Requested_changes_block_publishing_until_a_revision_is_approved()
    {
        var id = await SynonymsAsync("ecom_zhao", "订单", "单子");
        await h.ReviewAsync("ceo", id, "approve");
        var (requested, _) = await h.ReviewAsync("ceo", id, "request_changes", "“单子”太口语，换一个");
        Assert.Equal("changes_requested", requested!.Status);
        var (_, blocked) = await h.PublishAsync("ceo", id);
        Assert.Equal(GovernanceFailureKind.Forbidden, blocked!.Kind);
        Assert.Contains("changes requested", blocked.Message);

        var (_, notAuthor) = await h.Service.ReviseAsync(null, id, new ReviseRequest(LifecycleHarness.Json(new { synonyms = new[] { "订单" } }), "x", "east_wang"), CancellationToken.None);
        Assert.Equal(GovernanceFailureKind.Forbidden, notAuthor!.Kind);
        var (revised, failure) = await h.Service.ReviseAsync(null, id, new ReviseRequest(LifecycleHarness.Json(new { synonyms = new[] { "订单", "成交单数" } }), "改为成交单数", "ecom_zhao"), CancellationToken.None);
        Assert.Null(failure);
        Assert.Equal(("in_review", 2), (revised!.Status, revised.Revisions.Count));
        Assert.Empty(revised.Approvals.By);

        var result = await h.ApprovedAndPublishedAsync(id);
        Assert.Equal(1, result.Version);
        Assert.Contains("成交单数", h.Catalog.Current.FindMetric("order_count")!.Synonyms);
        var (view, _) = await h.Service.GetAsync(null, "ceo", id, CancellationToken.None);
        Assert.Equal(("published", 3), (view!.Status, view.Reviews.Count));
    }

    [Fact]
    public async Task A_rejected_proposal_is_never_published_and_takes_no_more_reviews()
    {
        var id = await SynonymsAsync("ecom_zhao", "订单", "单子");
        var (_, noComment) = await h.ReviewAsync("ceo", id, "reject", "");
        Assert.Equal(GovernanceFailureKind.Invalid, noComment!.Kind);
        var (rejected, _) = await h.ReviewAsync("ceo", id, "reject", "不需要");
        Assert.Equal("rejected", rejected!.Status);
        var (_, publish) = await h.PublishAsync("ceo", id);
        Assert.Contains("rejected", publish!.Message);
        var (_, review) = await h.ReviewAsync("ceo", id, "approve");
        Assert.Equal(GovernanceFailureKind.Conflict, review!.Kind);
        var (_, decision) = await h.ReviewAsync("ceo", id, "aprove");
        Assert.Equal(["approve"], decision!.Suggestions);
    }

    [Fact]
    public async Task Of_two_proposals_on_one_base_the_second_to_publish_conflicts_with_both_diffs()
    {
        var before = (await h.Catalog.Store.HistoryAsync("catalog/metrics/order_count.yaml", CancellationToken.None)).Count;
        var first = await SynonymsAsync("ecom_zhao", "订单", "成交单数");
        var second = await h.ProposedAsync("east_wang", "change", "order_count", new { typical_questions = new[] { "上个月的订单数" } });
        await h.ApprovedAndPublishedAsync(first);

        await h.ReviewAsync("ceo", second, "approve");
        var (_, conflict) = await h.PublishAsync("ceo", second);
        Assert.Equal(GovernanceFailureKind.Conflict, conflict!.Kind);
        var c = conflict.Conflict!;
        Assert.Equal((1, 1), (c.BaseVersion, c.CurrentVersion));
        Assert.NotEqual(c.BaseRevision, c.CurrentRevision);
        Assert.Equal("synonyms", Assert.Single(c.CurrentChanges).Path);
        Assert.Equal("typical_questions", Assert.Single(c.ProposedChanges).Path);
        Assert.Equal(before + 1, (await h.Catalog.Store.HistoryAsync("catalog/metrics/order_count.yaml", CancellationToken.None)).Count);
        Assert.Contains("成交单数", h.Catalog.Current.FindMetric("order_count")!.Synonyms);

        await h.ApprovedAndPublishedAsync(await h.ProposedAsync("fin_li", "change", "gmv", new { unit = "CNY_k" }), publisher: "fin_li");
        var (_, stale) = await h.ProposeAsync("fin_li", "change", "gmv", new { unit = "CNY_m" }, baseVersion: 3);
        Assert.Equal(("base_outdated", 4), (stale!.Code, stale.Conflict!.CurrentVersion));
        Assert.Equal("unit", Assert.Single(stale.Conflict.CurrentChanges, f => f.Path == "unit").Path);
        var (_, missing) = await h.ProposeAsync("fin_li", "change", "gmv", new { unit = "CNY_k" }, baseVersion: 9);
        Assert.Equal(GovernanceFailureKind.Invalid, missing!.Kind);
    }

    [Fact]
    public async Task With_the_yaml_folder_as_the_source_publishing_is_refused()
    {
        var files = new LifecycleHarness(catalogIsFiles: true);
        var id = await files.ProposedAsync("ecom_zhao", "change", "order_count", new { synonyms = new[] { "订单" } });
        await files.ReviewAsync("ceo", id, "approve");
        var (_, refused) = await files.PublishAsync("ceo", id);
        Assert.Equal(("catalog_source_is_files", GovernanceFailureKind.Conflict), (refused!.Code, refused.Kind));
    }

    [Fact]
    public async Task Comments_are_kept_and_proposals_list_newest_first()
    {
        var first = await SynonymsAsync("ecom_zhao", "订单", "成交单数");
        h.Time.Advance(TimeSpan.FromMinutes(1));
        var second = await h.ProposedAsync("fin_li", "change", "gmv", new { synonyms = new[] { "GMV" } });
        var (comment, failure) = await h.Service.CommentAsync(null, first, new CommentRequest("成交单数和订单数是一回事吗？", null, "ceo"), CancellationToken.None);
        Assert.Null(failure);
        Assert.Equal("ceo", comment!.Author);
        var (_, guest) = await h.Service.CommentAsync(null, first, new CommentRequest("hi", null, "guest"), CancellationToken.None);
        Assert.Equal(GovernanceFailureKind.Forbidden, guest!.Kind);

        var (all, _) = await h.Service.ListAsync(null, "ceo", null, null, CancellationToken.None);
        Assert.Equal([second, first], all.Select(p => p.Id));
        var (gmv, _) = await h.Service.ListAsync(null, "ceo", "in_review", "gmv", CancellationToken.None);
        Assert.Equal([second], gmv.Select(p => p.Id));
        var (_, bad) = await h.Service.ListAsync(null, "ceo", "in_reveiw", null, CancellationToken.None);
        Assert.Contains("in_review", bad!.Suggestions!);
        var (view, _) = await h.Service.GetAsync(null, "ceo", first, CancellationToken.None);
        Assert.Equal("成交单数和订单数是一回事吗？", Assert.Single(view!.Comments).Text);
        Assert.Equal("synonyms", Assert.Single(view.Diff.Fields).Path);
    }

    [Fact]
    public async Task Many_publishes_at_once_keep_every_version_in_order()
    {
        const int Clients = 4, Each = 5;
        var published = new System.Collections.Concurrent.ConcurrentBag<PublishResult>();
        var conflicts = 0;
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            for (var i = 0; i < Each; i++)
            {
                while (true)
                {
                    var id = await h.ProposedAsync("fin_li", "change", "gmv", new { unit = $"CNY_{client}_{i}" }, $"client {client} change {i}");
                    var (_, approve) = await h.ReviewAsync("ceo", id, "approve");
                    Assert.Null(approve);
                    var (result, failure) = await h.PublishAsync("fin_li", id);
                    if (result is not null)
                    {
                        published.Add(result);
                        break;
                    }
                    Assert.Equal("conflict", failure!.Code);
                    Interlocked.Increment(ref conflicts);
                }
            }
        })));

        Assert.Equal(Clients * Each, published.Count);
        var history = await h.Catalog.Store.HistoryAsync("catalog/metrics/gmv.yaml", CancellationToken.None);
        var versions = history.Select(r => MetricAssistant.Application.Governance.Proposals.ProposedDocument.VersionOf(r.Yaml)).ToList();
        Assert.Equal(Enumerable.Range(3, Clients * Each + 1), versions);
        Assert.Equal(published.Select(p => p.Version).Order(), Enumerable.Range(4, Clients * Each));
        Assert.Equal(published.Select(p => p.Revision).Order(), history.Skip(1).Select(r => r.Revision));
        Assert.Equal(Clients * Each + 3, h.Catalog.Current.FindMetric("gmv")!.Changelog.Count);
    }
}
