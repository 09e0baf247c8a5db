using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// Visitors described by where they came: a place inside the describing words ("came into our stores") joined to another
/// place is one of the places listed, and places that cover the whole dimension restrict nothing; a place said alone keeps
/// the reading it had.
/// </summary>
public sealed class DescribedPlacesTests
{
    [Theory]
    [InlineData("How many people came into our stores or onto our online shops last week")]
    [InlineData("how many people walked into our stores or browsed our online shops last month")]
    [InlineData("how many people came into the stores and onto the online shops last month")]
    [InlineData("people who walked into the store or browsed online last week")]
    [InlineData("people who visited us in store or online last month")]
    [InlineData("how many people walked into a store or browsed online")]
    [InlineData("多少人来过门店或者逛过线上店")]
    [InlineData("上个月来门店或者逛线上店的人有多少")]
    public void Described_places_that_cover_the_dimension_restrict_nothing(string question)
    {
        var query = Query(question);
        Assert.Equal(["visitors"], query.Metrics);
        Assert.Empty(query.Filters);
        Assert.Empty(query.GroupBy);
    }

    [Theory]
    [InlineData("how many people came into our stores last week")]
    [InlineData("how many people walked into our stores last month")]
    public void A_place_said_alone_in_the_description_stays_the_description(string question)
    {
        var query = Query(question);
        Assert.Equal(["visitors"], query.Metrics);
        Assert.Empty(query.Filters);
    }

    [Theory]
    [InlineData("visitors to our online shops")]
    [InlineData("how many people browsed online last month")]
    [InlineData("上周有多少人逛过线上店")]
    public void A_single_place_outside_the_description_stays_a_filter(string question)
    {
        var query = Query(question);
        Assert.Equal(["visitors"], query.Metrics);
        Assert.Equal(new QueryFilter("online_offline", QueryFilterOperator.In, ["online"]), query.Filters.Single());
    }

    [Theory]
    [InlineData("how many people came into our stores or onto Tmall last month", "tmall")]
    [InlineData("how many people walked into our stores or onto JD last month", "jd")]
    public void A_described_place_joined_to_part_of_the_dimension_is_one_of_the_values(string question, string channel)
    {
        var query = Query(question);
        Assert.Equal(["visitors"], query.Metrics);
        Assert.Equal(new QueryFilter("channel", QueryFilterOperator.In, ["store", channel]), query.Filters.Single());
    }

    [Theory]
    [InlineData("How many people came into our stores or onto our online shops last week")]
    [InlineData("how many people walked into a store or browsed online")]
    public void The_joining_words_of_described_places_are_understood(string question)
    {
        var result = Understand(question);
        Assert.DoesNotContain(result.Notices, n => n is NotUnderstood);
    }
}
