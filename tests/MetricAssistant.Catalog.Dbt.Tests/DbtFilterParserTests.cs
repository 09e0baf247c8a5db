using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Dbt.Tests;

/// <summary>dbt where filters read as conditions on dimensions, or refused (null) when they are more than that.</summary>
public sealed class DbtFilterParserTests
{
    [Theory]
    [InlineData("{{ Dimension('booking__is_instant') }}", "booking__is_instant", FilterOperator.Equals, "true")]
    [InlineData("NOT {{ Dimension('booking__is_instant') }}", "booking__is_instant", FilterOperator.Equals, "false")]
    [InlineData("{{ Dimension('listing__country_latest') }} = 'us'", "listing__country_latest", FilterOperator.Equals, "us")]
    [InlineData("{{ Dimension('listing__country_latest') }} != 'it''s'", "listing__country_latest", FilterOperator.NotEquals, "it's")]
    [InlineData("({{ Dimension('listing__capacity_latest') }} IN (3, 4))", "listing__capacity_latest", FilterOperator.In, "3,4")]
    [InlineData("{{ Dimension('user__home_state') }} IS NULL", "user__home_state", FilterOperator.IsNull, "")]
    public void Plain_conditions_are_read(string text, string dimension, FilterOperator op, string values)
    {
        var condition = Assert.Single(DbtFilterParser.Parse([text])!);
        Assert.Equal(dimension, condition.Dimension);
        Assert.Equal(op, condition.Operator);
        Assert.Equal(values, string.Join(",", condition.Values));
    }

    [Theory]
    [InlineData("{{ Dimension('listing__capacity_latest') }} >= 4")]
    [InlineData("{{ Metric('bookings', group_by=['listing']) }} > 2")]
    [InlineData("{{ TimeDimension('metric_time', 'day') }} >= '2020-01-02'")]
    [InlineData("{{ Entity('listing') }} IS NOT NULL")]
    [InlineData("{{ Dimension('a__b') }} OR {{ Dimension('a__c') }}")]
    public void Anything_else_is_refused(string text) => Assert.Null(DbtFilterParser.Parse([text]));

    [Fact]
    public void Conditions_and_list_items_are_anded()
    {
        var conditions = DbtFilterParser.Parse(["{{ Dimension('a__b') }} AND {{ Dimension('a__c') }} = 'x'", "{{ Dimension('a__d') }} IS NOT NULL"])!;
        Assert.Equal(["a__b", "a__c", "a__d"], conditions.Select(c => c.Dimension));
    }
}
