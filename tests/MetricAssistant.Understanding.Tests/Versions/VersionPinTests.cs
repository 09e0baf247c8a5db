using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Parsing;
using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Versions;

/// <summary>
/// "按v2口径", "GMV (version 2)": a pin to an earlier definition is part of the query, its words are consumed (nothing
/// reported as not understood), and a version word that is not about a metric's definition is no pin.
/// </summary>
public sealed class VersionPinTests
{
    [Theory]
    [InlineData("按v2口径上个月的GMV", "gmv", 2)]
    [InlineData("用v2口径看上个月GMV", "gmv", 2)]
    [InlineData("v2口径的GMV，上个月", "gmv", 2)]
    [InlineData("上个月GMV按V1口径", "gmv", 1)]
    [InlineData("上个月的GMV（第2版口径）", "gmv", 2)]
    [InlineData("按第二版口径算上个月的GMV", "gmv", 2)]
    [InlineData("上个月客单价按版本1的口径", "aov", 1)]
    [InlineData("GMV (version 2) last month", "gmv", 2)]
    [InlineData("the v2 definition of GMV last month", "gmv", 2)]
    [InlineData("GMV per version 2 last month", "gmv", 2)]
    [InlineData("last month's GMV v1", "gmv", 1)]
    [InlineData("version 1 of GMV in June 2025", "gmv", 1)]
    [InlineData("gmv@2 last month", "gmv", 2)]
    [InlineData("AOV using the v1 definition, last quarter by region", "aov", 1)]
    public void A_pin_is_read_into_the_query_and_its_words_are_understood(string question, string metric, int version)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Query, result.Outcome);
        Assert.Equal(metric, result.Query!.Metrics[0]);
        Assert.Equal([new MetricVersionPin(metric, version)], result.Query.Pins);
        Assert.Empty(result.Notices.OfType<NotUnderstood>());
    }

    [Fact]
    public void A_pinned_question_reads_everything_else_as_the_unpinned_one()
    {
        var pinned = FollowUpTestSupport.Query("按v2口径上个月各渠道的GMV");
        var plain = FollowUpTestSupport.Query("上个月各渠道的GMV");
        Assert.Equal(plain with { Versions = pinned.Versions }, pinned);
        // The digits of a version are no time and no top N.
        var english = FollowUpTestSupport.Query("GMV (version 3) by region last month");
        Assert.Equal(new DateRange(new DateOnly(2025, 6, 1), new DateOnly(2025, 7, 1)), english.TimeRange);
        Assert.Null(english.Limit);
        Assert.Equal(["region"], english.GroupBy);
    }

    [Fact]
    public void A_pin_next_to_one_of_two_metrics_pins_that_one()
    {
        var query = FollowUpTestSupport.Query("上个月的订单数和GMV v1");
        Assert.Contains("gmv", query.Metrics);
        Assert.Equal([new MetricVersionPin("gmv", 1)], query.Pins);
    }

    [Theory]
    [InlineData("GMV last month for the v2 report")]
    [InlineData("v2 of the report: GMV last month")]
    [InlineData("上个月GMV，报表第2版")]
    [InlineData("上个月的GMV")]
    [InlineData("top 2 stores by GMV last month")]
    [InlineData("运营口径的GMV 5月")]
    public void Version_words_that_do_not_name_a_definition_are_no_pin(string question)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Query, result.Outcome);
        Assert.Empty(result.Query!.Pins);
    }

    [Fact]
    public void A_version_word_that_is_no_pin_is_named_as_not_understood() =>
        Assert.Contains(FollowUpTestSupport.Understand("GMV last month, version 2 of the dashboard").Notices.OfType<NotUnderstood>(), n => n.Text.Contains("version", StringComparison.Ordinal));

    [Fact]
    public void A_follow_up_keeps_the_pin_while_its_metric_is_asked()
    {
        var next = FollowUpTestSupport.Chain("按v2口径2025年6月华东的GMV", "那华南呢");
        Assert.Equal([new MetricVersionPin("gmv", 2)], next.Query.Pins);
        Assert.Equal("south", next.Query.Filters.Single().Values.Single());
        var other = FollowUpTestSupport.Chain("按v2口径2025年6月华东的GMV", "换成订单数");
        Assert.Empty(other.Query.Pins);
    }

    [Theory]
    [InlineData("按v2口径", 0, 5, 2, true)]
    [InlineData("gmv (version 12)", 5, 10, 12, false)]
    [InlineData("the v3 definition", 0, 17, 3, true)]
    [InlineData("第十版口径", 0, 5, 10, true)]
    public void Version_words_are_found_with_their_lead_in_and_number(string text, int start, int length, int version, bool namesDefinition) =>
        Assert.Equal(new VersionPinWords.Mention(start, length, version, namesDefinition), VersionPinWords.Find(text).Single());

    [Theory]
    [InlineData("gmv2 last month")]
    [InlineData("uv2")]
    [InlineData("version 2025 of the plan")]
    [InlineData("2025年6月")]
    public void Digits_that_belong_to_other_words_are_no_version(string text) => Assert.Empty(VersionPinWords.Find(text));
}
