using MetricAssistant.Understanding.Parsing;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// Business wording read as another question: a split said as a level or "across the …" dropped or read as the in-store
/// channel; a purpose aside or a figure of speech read as a grain or a top 1; a row noun before a metric read as a second
/// metric; a subject's data answered with one metric; a measure the catalog lacks answered as a near one.
/// </summary>
public sealed class BusinessWordingKindsTests
{
    [Theory]
    // A split said as a level, "per-", "across the …" plural, or both values of a dimension with 各 / 分别.
    [InlineData("store-level GMV in Chengdu last month", "GMV by store in Chengdu last month")]
    [InlineData("refund rate at region level last quarter", "refund rate by region last quarter")]
    [InlineData("per-store order count last month", "order count by store last month")]
    [InlineData("门店层面的访客数上周", "上周各门店的访客数")]
    [InlineData("what were visitors like last week across the cities", "visitors by city last week")]
    [InlineData("线上线下上季度的客单价各是多少", "上季度线上线下分别的客单价")]
    // What the figure is for is no grain; a figure of speech is no ranking.
    [InlineData("GMV last month by region, need it for the weekly sync", "GMV last month by region")]
    [InlineData("order count by channel last month for Tuesday's standup", "order count by channel last month")]
    [InlineData("上个月各渠道订单数，月度例会要用", "上个月各渠道订单数")]
    [InlineData("Where did we land on top line for Q2, by region?", "GMV for Q2 by region")]
    [InlineData("where did refund rate land last quarter by channel", "refund rate last quarter by channel")]
    // A row noun before 的 and a metric, or sales after "from", is what the metric is of.
    [InlineData("Gross profit from offline sales by store type last month", "offline gross profit by store type last month")]
    [InlineData("上个月天猫订单的退款金额", "上个月天猫的退款金额")]
    [InlineData("上个月gift wrapping订单的GMV", "上个月gift wrapping的GMV")]
    [InlineData("GMV of Tmall orders last month", "Tmall GMV last month")]
    [InlineData("refund rate on JD sales last quarter", "JD refund rate last quarter")]
    [InlineData("GMV store by store last month", "GMV by store last month")]
    [InlineData("where did paid orders come in last month", "paid orders last month")]
    [InlineData("where do we stand on GMV this quarter", "GMV this quarter")]
    public void The_question_runs_the_query_of_its_plain_wording(string question, string plain) =>
        Assert.Equal(Query(plain), Query(question));

    [Theory]
    [InlineData("2025年3月的会员数据", "total_customers", "new_customers")]
    [InlineData("去年的员工数据", "avg_headcount", "revenue_per_staff")]
    [InlineData("what did the refund side look like last quarter", "refund_amount", "refund_rate")]
    public void A_subject_with_an_overview_word_is_asked_back_among_its_metrics(string question, params string[] offered)
    {
        var result = Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Equal(offered, result.Alternatives.Take(offered.Length));
    }

    [Theory]
    [InlineData("客诉ticket一共多少张")]
    [InlineData("how many complaints did we get last month")]
    [InlineData("流失了多少会员")]
    [InlineData("churned members last quarter")]
    [InlineData("退货了多少件")]
    [InlineData("how many units were returned last month")]
    public void A_measure_no_metric_has_is_not_found(string question) =>
        Assert.Equal(UnderstandingOutcome.NotFound, Understand(question).Outcome);

    [Theory]
    [InlineData("units sold and refund amount last month")]
    [InlineData("上季度退款金额")]
    [InlineData("Orders in Shanghai and Hangzhou last month, side by side")]
    [InlineData("GMV and the number of orders last month")]
    public void A_plain_name_stays_answered(string question) =>
        Assert.Equal(UnderstandingOutcome.Query, Understand(question).Outcome);

    [Theory]
    [InlineData("gmv by region, need it for the weekly sync", "weekly", "gmv by region")]
    [InlineData("上个月各区域的gmv，周会要用", "周会", "上个月各区域的gmv")]
    [InlineData("where did refund rate land last quarter", "land", "refund rate")]
    public void An_aside_is_blanked_and_the_rest_kept(string question, string blanked, string kept)
    {
        var rest = AsideWords.Blank(question);
        Assert.Equal(question.Length, rest.Length);
        Assert.DoesNotContain(blanked, rest);
        Assert.Contains(kept, rest);
    }
}
