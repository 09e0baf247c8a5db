using MetricAssistant.Application.Contracts;
using MetricAssistant.Evals.Scoring;
using static MetricAssistant.Evals.Tests.Harness.HarnessFakes;

namespace MetricAssistant.Evals.Tests.Harness;

public sealed class CaseScorerTests
{
    private static ActualAnswer Actual(QueryDto? query, string status = AnswerStatus.Answered, params string[] alternatives) =>
        new(status, query?.Metrics?[0], query, alternatives, "m", null, 0);

    [Fact]
    public void The_same_query_passes_every_parameter()
    {
        var q = Query(groupBy: ["channel"], filters: [new("region", "in", ["east"])], orderBy: [new("gmv", true)]);
        var score = CaseScorer.Score(Answered(q), Actual(q));
        Assert.True(score.Passed);
        Assert.True(score.StatusRight);
        Assert.True(score.MetricRight);
        Assert.True(score.QueryRight);
        Assert.True(score.Parameters!.All);
        Assert.Null(score.AlternativesRight);
    }

    public static TheoryData<string, QueryDto> OneParameterWrong() => new()
    {
        { "metrics", Query() with { Metrics = ["gmv", "order_count"] } },
        { "groupBy", Query() with { GroupBy = ["region"] } },
        { "filters", Query() with { Filters = [new("region", "in", ["east"])] } },
        { "timeRange", Query() with { TimeRange = new("2025-06-01", "2025-06-30") } },
        { "grain", Query() with { Grain = "month" } },
        { "orderBy", Query() with { OrderBy = [new("gmv", false)] } },
        { "limit", Query() with { Limit = 5 } },
        { "compare", Query() with { Compare = "yoy" } },
    };

    [Theory]
    [MemberData(nameof(OneParameterWrong))]
    public void Each_parameter_is_judged_on_its_own(string parameter, QueryDto actual)
    {
        var score = CaseScorer.Score(Answered(Query()), Actual(actual));
        Assert.Equal([parameter], score.Parameters!.Wrong());
        Assert.False(score.QueryRight);
        Assert.False(score.Passed);
        Assert.True(score.MetricRight);
        Assert.True(score.StatusRight);
    }

    [Fact]
    public void A_wrong_first_metric_is_a_wrong_metric()
    {
        var score = CaseScorer.Score(Answered(Query("gmv")), Actual(Query("gmv_net")));
        Assert.False(score.MetricRight);
        Assert.Equal(["metrics"], score.Parameters!.Wrong());
    }

    [Fact]
    public void Filter_values_compare_as_sets_and_filters_in_any_order()
    {
        var expected = Query(filters: [new("region", "in", ["east", "south"]), new("channel", "not_in", ["tmall"])]);
        var actual = Query(filters: [new("channel", "not_in", ["tmall"]), new("region", "in", ["south", "east"])]);
        Assert.True(CaseScorer.Score(Answered(expected), Actual(actual)).Passed);
    }

    [Theory]
    [InlineData("region", "not_in", "east,south")]
    [InlineData("region", "in", "east")]
    [InlineData("region", "in", "east,south,north")]
    [InlineData("city", "in", "east,south")]
    public void A_filter_differing_in_dimension_op_or_values_is_wrong(string dimension, string op, string values)
    {
        var expected = Query(filters: [new("region", "in", ["east", "south"])]);
        var actual = Query(filters: [new(dimension, op, values.Split(','))]);
        Assert.Equal(["filters"], CaseScorer.Score(Answered(expected), Actual(actual)).Parameters!.Wrong());
    }

    [Fact]
    public void An_absent_op_means_in_and_absent_lists_mean_empty()
    {
        var expected = Query(filters: [new("region", "in", ["east"])]);
        var actual = new QueryDto(["gmv"], null, [new QueryFilterDto("region", null, ["east"])], new TimeRangeDto("2025-06-01", "2025-07-01"));
        Assert.True(CaseScorer.Score(Answered(expected), Actual(actual)).Passed);
    }

    [Fact]
    public void GroupBy_and_orderBy_keep_their_order()
    {
        var expected = Query(groupBy: ["region", "channel"], orderBy: [new("gmv", true), new("region", false)]);
        var swappedGroups = expected with { GroupBy = ["channel", "region"] };
        var swappedOrder = expected with { OrderBy = [new("region", false), new("gmv", true)] };
        Assert.Equal(["groupBy"], CaseScorer.Score(Answered(expected), Actual(swappedGroups)).Parameters!.Wrong());
        Assert.Equal(["orderBy"], CaseScorer.Score(Answered(expected), Actual(swappedOrder)).Parameters!.Wrong());
    }

    [Fact]
    public void The_time_range_must_be_exact()
    {
        var missing = Query() with { TimeRange = null };
        var shifted = Query(start: "2025-06-02");
        Assert.Equal(["timeRange"], CaseScorer.Score(Answered(Query()), Actual(missing)).Parameters!.Wrong());
        Assert.Equal(["timeRange"], CaseScorer.Score(Answered(Query()), Actual(shifted)).Parameters!.Wrong());
    }

    [Fact]
    public void A_wrong_status_fails_and_scores_no_parameter_right()
    {
        var score = CaseScorer.Score(Answered(Query()), Actual(null, AnswerStatus.ClarificationNeeded));
        Assert.False(score.StatusRight);
        Assert.False(score.MetricRight);
        Assert.False(score.QueryRight);
        Assert.Equal(ParameterScores.Names, score.Parameters!.Wrong());
        Assert.False(score.Passed);
    }

    [Theory]
    [InlineData(AnswerStatus.Denied)]
    [InlineData(AnswerStatus.Invalid)]
    public void Denied_and_invalid_expect_only_the_status(string status)
    {
        var right = CaseScorer.Score(Other(status), Actual(null, status));
        Assert.True(right.Passed);
        Assert.Null(right.MetricRight);
        Assert.Null(right.Parameters);
        Assert.Null(right.QueryRight);
        Assert.False(CaseScorer.Score(Other(status), Actual(Query())).Passed);
    }

    [Fact]
    public void Alternatives_must_contain_every_expected_id()
    {
        var expect = Other(AnswerStatus.ClarificationNeeded, "conversion_rate", "appointment_conversion_rate");
        var more = CaseScorer.Score(expect, Actual(null, AnswerStatus.ClarificationNeeded, "appointment_conversion_rate", "visitors", "conversion_rate"));
        var fewer = CaseScorer.Score(expect, Actual(null, AnswerStatus.ClarificationNeeded, "conversion_rate"));
        Assert.True(more.Passed);
        Assert.True(more.AlternativesRight);
        Assert.False(fewer.Passed);
        Assert.Equal(["appointment_conversion_rate"], fewer.MissingAlternatives);
    }

    [Fact]
    public void Not_found_with_no_expected_alternatives_needs_only_the_status()
    {
        var score = CaseScorer.Score(Other(AnswerStatus.NotFound), Actual(null, AnswerStatus.NotFound, "gmv"));
        Assert.True(score.Passed);
        Assert.Null(score.AlternativesRight);
    }

    [Fact]
    public void Alternatives_listed_for_an_answered_case_count_too()
    {
        var expect = Answered(Query(), "gmv_ordered", "gmv_net");
        Assert.True(CaseScorer.Score(expect, Actual(Query(), AnswerStatus.Answered, "gmv_ordered", "gmv_net")).Passed);
        var score = CaseScorer.Score(expect, Actual(Query()));
        Assert.True(score.QueryRight);
        Assert.False(score.Passed);
    }
}
