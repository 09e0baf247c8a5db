using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Security;
using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Application.Tests.Security;

/// <summary>The rights of an answer several people read: the intersection of theirs (metrics, row scopes, refusals).</summary>
public sealed class SharedAccessTests
{
    private static readonly AccessEvaluator Access = new(TestRepository.Catalog);
    private static readonly DateRange June = new(new DateOnly(2025, 6, 1), new DateOnly(2025, 7, 1));

    private static Caller User(string id) => Access.DemoCaller(id)!;

    /// <summary>A regional manager of another region (the demo has only East's).</summary>
    private static Caller Manager(string region) => new($"mgr_{region}", ["regional_manager"],
        new Dictionary<string, IReadOnlyList<string>> { ["regions"] = [region] }, CallerKind.Authenticated);

    private static SemanticQuery Query(string metric, params QueryFilter[] filters) => new([metric], [], filters, June);

    [Fact]
    public void Metrics_are_those_everyone_may_see()
    {
        var shared = SharedAccess.For(User("ceo"), [User("guest")]);
        Assert.False(Access.CanSee(shared, "gross_margin"));
        Assert.True(Access.CanSee(User("ceo"), "gross_margin"));
        Assert.True(Access.CanSee(shared, "order_count"));
        Assert.Equal(Access.VisibleMetrics(User("guest")), Access.VisibleMetrics(shared));
        var both = SharedAccess.For(User("east_wang"), [User("ecom_zhao")]);
        Assert.Equal(Access.VisibleMetrics(User("east_wang")).Intersect(Access.VisibleMetrics(User("ecom_zhao"))), Access.VisibleMetrics(both));
    }

    [Fact]
    public void An_unmapped_member_has_no_rights_so_nothing_is_shown_to_all()
    {
        var shared = SharedAccess.For(User("ceo"), [null]);
        Assert.Empty(Access.VisibleMetrics(shared));
        var denied = Access.Check(shared, Query("order_count"), "en");
        Assert.Equal(("metric_denied", false), (denied.DenialCode, denied.Allowed));
        Assert.StartsWith("Not everyone in this conversation", denied.DenialMessage);
    }

    [Fact]
    public void A_metric_one_member_may_not_see_is_refused_naming_only_what_all_may_ask()
    {
        var decision = Access.Check(SharedAccess.For(User("ceo"), [User("guest")]), Query("gross_margin"), "zh");
        Assert.False(decision.Allowed);
        Assert.Equal("metric_denied", decision.DenialCode);
        Assert.Contains("不是每个人", decision.DenialMessage);
        Assert.DoesNotContain("毛利", decision.DenialMessage!.Split('。')[1]); // what all may ask about excludes it
    }

    [Fact]
    public void Row_scope_is_what_everyone_shares()
    {
        var shared = SharedAccess.For(User("ceo"), [User("east_wang")]);
        var decision = Access.Check(shared, Query("gmv"), "en");
        Assert.True(decision.Allowed);
        var scope = Assert.Single(decision.Scope);
        Assert.Equal("region", scope.Dimension);
        Assert.Equal(["east"], scope.Values);
        Assert.Contains("shared by everyone", Assert.Single(decision.ScopeReasons).Reason);

        // Two different restrictions both apply.
        var two = Access.Check(SharedAccess.For(User("east_wang"), [User("ecom_zhao")]), Query("gmv"), "en");
        Assert.True(two.Allowed);
        Assert.Equal(["online_offline", "region"], two.Scope.Select(s => s.Dimension).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Members_who_share_no_rows_get_a_refusal_not_an_empty_answer()
    {
        var decision = Access.Check(SharedAccess.For(Manager("east"), [Manager("south")]), Query("gmv"), "en");
        Assert.Equal(("scope_empty", false), (decision.DenialCode, decision.Allowed));
        Assert.Empty(decision.Scope);
        // Alone, each is allowed.
        Assert.True(Access.Check(Manager("south"), Query("gmv"), "en").Allowed);
    }

    [Fact]
    public void Any_members_refusal_refuses_in_words_about_the_conversation()
    {
        // E-commerce cannot be scoped on a metric with no channel; the CEO alone could.
        var metric = TestRepository.Catalog.Metrics.Values.First(m => m.IsPublished && Access.CanSee(User("ecom_zhao"), m.Id)
            && !Access.Check(User("ecom_zhao"), Query(m.Id), "en").Allowed);
        Assert.True(Access.Check(User("ceo"), Query(metric.Id), "en").Allowed);
        var decision = Access.Check(SharedAccess.For(User("ceo"), [User("ecom_zhao")]), Query(metric.Id), "en");
        Assert.Equal(("scope_unreachable", false), (decision.DenialCode, decision.Allowed));
        Assert.DoesNotContain("Your access", decision.DenialMessage);

        // A filter outside a member's scope is refused as well.
        var outside = Access.Check(SharedAccess.For(User("ceo"), [User("east_wang")]), Query("gmv", new QueryFilter("region", QueryFilterOperator.In, ["south"])), "en");
        Assert.Equal(("outside_scope", false), (outside.DenialCode, outside.Allowed));
    }

    [Fact]
    public void The_asker_is_not_counted_twice_and_alone_is_unchanged()
    {
        var ceo = User("ceo");
        var shared = SharedAccess.For(ceo, [ceo, User("fin_li")]);
        Assert.Equal(["fin_li"], shared.Readers.Select(r => r.UserId));
        Assert.Equal(Access.VisibleMetrics(ceo), Access.VisibleMetrics(shared));
        Assert.Equal(Access.Check(ceo, Query("gmv"), "en").Allowed, Access.Check(shared, Query("gmv"), "en").Allowed);
        Assert.Equal(2, SharedAccess.Everyone(shared).Count());
        Assert.All(SharedAccess.Everyone(shared), c => Assert.Empty(c.Readers));
    }

    [Fact]
    public void Intersect_merges_filters_per_dimension_and_keeps_the_first_refusal_code()
    {
        static AccessDecision Allow(params (string Dimension, string[] Values)[] filters) => new(true,
            filters.Select(f => new QueryFilter(f.Dimension, QueryFilterOperator.In, f.Values)).ToArray(),
            filters.Select(f => new ScopeDto(f.Dimension, "in", f.Values, "rule")).ToArray(), null, null);

        var merged = SharedAccess.Intersect([Allow(("region", ["east", "south"])), Allow(), Allow(("region", ["south", "north"]), ("online_offline", ["online"]))], zh: false);
        Assert.True(merged.Allowed);
        Assert.Equal([("online_offline", "online"), ("region", "south")],
            merged.Scope.SelectMany(f => f.Values.Select(v => (f.Dimension, v))).OrderBy(p => p.Dimension, StringComparer.Ordinal));

        var refused = SharedAccess.Intersect([Allow(), AccessDecision.Deny("dimension_denied", "You may not group by store.")], zh: true);
        Assert.Equal(("dimension_denied", false), (refused.DenialCode, refused.Allowed));
        Assert.DoesNotContain("You", refused.DenialMessage);
        Assert.Throws<ArgumentException>(() => SharedAccess.Intersect([], zh: false));
    }
}
