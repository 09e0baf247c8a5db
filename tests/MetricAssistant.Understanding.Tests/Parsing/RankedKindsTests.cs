using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// A ranking's direction said as "few to many" or "fewest"; a top N of stores of one kind ("前5家旗舰店"); "which kind of
/// store" asking for the store type; kinds named after "across" with a whole-set word before.
/// </summary>
public sealed class RankedKindsTests
{
    [Theory]
    // Few to many, fewest: the smallest first.
    [InlineData("上个月各城市的访客数从少到多排", "上个月各城市的访客数升序")]
    [InlineData("上季度各门店的退款金额由少到多排列", "上季度各门店的退款金额升序")]
    [InlineData("Which city had the fewest paid orders last month", "the lowest city by paid orders last month")]
    // A top N of stores of one kind: the stores ranked, the kind kept as a filter.
    [InlineData("show the top 3 flagship stores by paid orders last month", "top 3 stores by paid orders last month for flagship")]
    [InlineData("上个月订单数前5家旗舰店", "上个月旗舰店里订单数前5的门店")]
    // Which kind of store: the store type.
    [InlineData("which kind of store had the most visitors last month", "the highest store type by visitors last month")]
    [InlineData("上个月访客数最多的是哪类门店", "上个月访客数最多的门店类型")]
    // Kinds after "across" are split, whatever whole-set word is before.
    [InlineData("What's average headcount looking like across store types for Q1?", "average headcount by store type in Q1")]
    public void The_question_runs_the_query_of_its_plain_wording(string question, string plain) =>
        Assert.Equal(Query(plain), Query(question));

    [Theory]
    [InlineData("Which region had the fewest new members in Q1", 1, false)]
    [InlineData("上季度各渠道的优惠金额从少到多排", null, false)]
    [InlineData("上季度各渠道的优惠金额从多到少排", null, true)]
    public void The_direction_and_count_are_read(string question, int? limit, bool desc)
    {
        var query = Query(question);
        Assert.Equal(limit, query.Limit);
        Assert.Equal(desc, Assert.Single(query.OrderBy!).Desc);
    }

    [Theory]
    [InlineData("show the top 3 flagship stores by paid orders last month", "store", 3)]
    [InlineData("the 10 best outlet stores by GMV last month", "store", 10)]
    [InlineData("哪种门店上个月的GMV最高", "store_type", 1)]
    public void The_ranked_dimension_is_split(string question, string dimension, int limit)
    {
        var query = Query(question);
        Assert.Equal([dimension], query.GroupBy);
        Assert.Equal(limit, query.Limit);
    }

    [Theory]
    // A metric named by its own full name, with a comparison: answered, not asked back as a subject.
    [InlineData("How did July appointment conversion compare to June?", "appointment_conversion_rate")]
    [InlineData("how did appointment conversion do last month", "appointment_conversion_rate")]
    public void A_metric_named_by_its_own_name_is_answered(string question, string metric) =>
        Assert.Equal([metric], Query(question).Metrics);
}
