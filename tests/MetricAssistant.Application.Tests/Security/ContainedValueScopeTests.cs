using MetricAssistant.Application.Security;
using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Application.Tests.Security;

/// <summary>
/// A value of another dimension lying within a value outside the caller's scope (北京 is in 华北, a Wuhan store in 华中,
/// the in-store channel is offline) is refused like a value of the scope's own dimension, never answered as a confident 0.
/// </summary>
public sealed class ContainedValueScopeTests
{
    private static readonly AccessEvaluator Access = new(TestRepository.Catalog);
    private static readonly DateRange June = new(new DateOnly(2025, 6, 1), new DateOnly(2025, 7, 1));

    private static AccessDecision Check(string user, string language, params QueryFilter[] filters) =>
        Access.Check(Access.DemoCaller(user)!, new SemanticQuery(["gmv"], [], filters, June), language);

    private static QueryFilter In(string dimension, params string[] values) => new(dimension, QueryFilterOperator.In, values);

    [Fact]
    public void A_city_in_another_region_is_refused_naming_the_city_its_region_and_the_scope()
    {
        var zh = Check("east_wang", "zh", In("city", "Beijing"));
        Assert.False(zh.Allowed);
        Assert.Equal("outside_scope", zh.DenialCode);
        Assert.Equal("您只能查看华东的数据，不能查看北京（属于华北）。", zh.DenialMessage);
        var en = Check("east_wang", "en", In("city", "Wuhan"));
        Assert.Equal("outside_scope", en.DenialCode);
        Assert.Equal("You may only see East China, not Wuhan (in Central China).", en.DenialMessage);
    }

    [Fact]
    public void A_store_in_another_region_is_refused()
    {
        // store 19 is in Beijing (north), store 60 in Zhengzhou (central): the catalog says each store's region under within:
        var decision = Check("east_wang", "en", In("store", "19"));
        Assert.Equal("outside_scope", decision.DenialCode);
        Assert.Equal("You may only see East China, not Beijing Wangfujing Flagship (in North China).", decision.DenialMessage);
        Assert.Equal("outside_scope", Check("east_wang", "zh", In("store", "60")).DenialCode);
    }

    [Fact]
    public void The_in_store_channel_is_refused_to_a_user_limited_to_online()
    {
        var zh = Check("ecom_zhao", "zh", In("channel", "store"));
        Assert.Equal("outside_scope", zh.DenialCode);
        Assert.Equal("您只能查看线上的数据，不能查看门店（属于线下）。", zh.DenialMessage);
        var en = Access.Check(Access.DemoCaller("ecom_zhao")!, new SemanticQuery(["aov"], [], [In("channel", "store")], June), "en");
        Assert.Equal("You may only see Online, not In-store (in Offline).", en.DenialMessage);
    }

    [Fact]
    public void A_list_mixing_values_inside_and_outside_the_scope_is_refused_naming_only_those_outside()
    {
        var cities = Check("east_wang", "zh", In("city", "Shanghai", "Beijing", "Wuhan"));
        Assert.Equal("您只能查看华东的数据，不能查看北京（属于华北）、武汉（属于华中）。", cities.DenialMessage);
        var channels = Check("ecom_zhao", "en", In("channel", "tmall", "store"));
        Assert.Equal("outside_scope", channels.DenialCode);
        Assert.DoesNotContain("Tmall", channels.DenialMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_inside_the_scope_are_answered_within_it()
    {
        foreach (var filter in new[] { In("city", "Shanghai"), In("city", "Hangzhou", "Suzhou"), In("store", "1", "13") })
        {
            var decision = Check("east_wang", "en", filter);
            Assert.True(decision.Allowed, decision.DenialMessage);
            Assert.Equal(["east"], Assert.Single(decision.Scope).Values);
        }
        Assert.True(Check("ecom_zhao", "zh", In("channel", "tmall", "jd")).Allowed);
    }

    [Fact]
    public void Excluding_a_value_outside_the_scope_is_harmless_and_answered()
    {
        Assert.True(Check("east_wang", "zh", new QueryFilter("city", QueryFilterOperator.NotIn, ["Beijing"])).Allowed);
        Assert.True(Check("ecom_zhao", "en", new QueryFilter("channel", QueryFilterOperator.NotIn, ["store"])).Allowed);
    }

    [Fact]
    public void A_split_by_city_is_answered_within_the_scope()
    {
        var decision = Access.Check(Access.DemoCaller("east_wang")!, new SemanticQuery(["gmv"], ["city"], [], June), "zh");
        Assert.True(decision.Allowed);
        Assert.Equal("region", Assert.Single(decision.Scope).Dimension);
    }

    [Fact]
    public void A_user_without_row_rules_may_ask_for_any_city()
    {
        Assert.True(Check("ceo", "zh", In("city", "Beijing", "Wuhan")).Allowed);
        Assert.True(Check("ceo", "en", In("channel", "store")).Allowed);
    }

    [Fact]
    public void A_list_of_stores_in_a_city_of_another_region_is_refused()
    {
        // a list of values (no metric) is scoped like a metric, so its filters are checked the same way
        var decision = Access.Check(Access.DemoCaller("east_wang")!, new SemanticQuery([], ["store"], [In("city", "Guangzhou")], June), "en");
        Assert.Equal("outside_scope", decision.DenialCode);
    }
}
