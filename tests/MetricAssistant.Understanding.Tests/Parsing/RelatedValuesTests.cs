using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// Values of a channel and of online/offline asked together are one set (the catalog says which channel is online),
/// never two filters with no row in common.
/// </summary>
public sealed class RelatedValuesTests
{
    private static QueryFilter In(string dimension, params string[] values) => new(dimension, QueryFilterOperator.In, values);

    [Theory]
    [InlineData("上周门店加线上一共多少访客")]
    [InlineData("门店和线上一共多少访客")]
    [InlineData("上个月门店及线上的访客数")]
    [InlineData("visitors in stores and online last month")]
    [InlineData("visitors in stores plus online last week")]
    [InlineData("How many visitors came through our stores and online shops last month")]
    [InlineData("online plus our stores, visitors last month")]
    public void Store_and_online_cover_every_channel_so_restrict_nothing(string question)
    {
        var query = Query(question);
        Assert.Equal(["visitors"], query.Metrics);
        Assert.Empty(query.Filters);
        Assert.Empty(query.GroupBy);
    }

    [Theory]
    [InlineData("上个月天猫加线下的GMV", "tmall", "store")]
    [InlineData("上个月线下和京东的订单数", "store", "jd")]
    [InlineData("GMV from Tmall plus offline last month", "tmall", "store")]
    [InlineData("orders from offline and JD last month", "store", "jd")]
    public void A_channel_and_the_other_side_are_said_on_the_channel(string question, string first, string second) =>
        Assert.Equal(In("channel", first, second), Query(question).Filters.Single());

    [Fact]
    public void A_union_that_is_a_whole_side_is_said_on_online_offline() =>
        Assert.Equal(In("online_offline", "online"), Query("上个月天猫和线上的GMV").Filters.Single());

    [Fact]
    public void A_value_qualified_by_the_side_it_lies_on_stays_that_value()
    {
        var filters = Query("上个月线上的天猫GMV").Filters;
        Assert.Contains(In("channel", "tmall"), filters);
    }

    [Theory]
    [InlineData("上个月门店和线上分别多少访客")]
    [InlineData("上个月门店和线上的访客数对比")]
    [InlineData("visitors last month, stores vs online")]
    public void A_side_compared_with_the_other_is_the_online_offline_split(string question)
    {
        var query = Query(question);
        Assert.Equal(["online_offline"], query.GroupBy);
        Assert.Empty(query.Filters);
    }

    [Fact]
    public void A_channel_compared_with_a_side_it_does_not_fill_splits_the_channels()
    {
        var query = Query("上个月天猫和线下的GMV对比");
        Assert.Equal(["channel"], query.GroupBy);
        Assert.Equal(In("channel", "tmall", "store"), query.Filters.Single());
    }

    [Theory]
    [InlineData("上个月线上的访客数", "那门店呢")]
    [InlineData("online visitors last month", "what about stores?")]
    public void A_follow_up_naming_the_other_side_replaces_the_filter(string first, string second) =>
        Assert.Equal(In("channel", "store"), Chain(first, second).Query.Filters.Single());

    [Fact]
    public void A_follow_up_joining_both_sides_restricts_nothing() =>
        Assert.Empty(Chain("上个月天猫的访客数", "那门店加线上一共呢").Query.Filters);

    [Fact]
    public void A_follow_up_value_on_the_same_side_narrows_as_before() =>
        Assert.Equal([In("online_offline", "online"), In("channel", "tmall")], Chain("上个月线上的访客数", "只看天猫").Query.Filters);

    [Theory]
    [InlineData("上个月线下的天猫GMV")]
    [InlineData("上个月门店线上的访客数")]
    public void Two_filters_with_no_row_in_common_are_never_asked(string question)
    {
        var filters = Query(question).Filters;
        Assert.False(filters.Any(f => f.Dimension == "channel") && filters.Any(f => f.Dimension == "online_offline"), string.Join("; ", filters));
    }

    // Cities lie within regions too (city.yaml's within:), so a region and a city of another region asked together are
    // one set rather than two filters with no row in common (a confident 0).
    [Theory]
    [InlineData("华东和北京上个月的GMV")]
    [InlineData("上个月华东加北京一共多少GMV")]
    [InlineData("GMV for East China and Beijing last month")]
    public void A_region_and_a_city_of_another_region_are_one_set_of_cities(string question) =>
        Assert.Equal(In("city", "Shanghai", "Hangzhou", "Nanjing", "Suzhou", "Beijing"), Query(question).Filters.Single());

    [Theory]
    [InlineData("上个月华东的上海GMV", "Shanghai")]
    [InlineData("GMV in Hangzhou, East China, last month", "Hangzhou")]
    public void A_city_qualified_by_its_own_region_stays_that_city(string question, string city) =>
        Assert.Contains(In("city", city), Query(question).Filters);

    [Fact]
    public void A_follow_up_naming_a_city_of_another_region_replaces_the_region() =>
        Assert.Equal(In("city", "Beijing"), Chain("上个月华东的GMV", "那北京呢").Query.Filters.Single());
}
