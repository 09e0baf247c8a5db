using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// Meanings of an unclear word ruled out by how they are described ("not the running member total", "不要新注册的"), and the words
/// of a definition ruled out, which describe it and are no slice ("不是门店预约那个", "不要门店那个口径").
/// </summary>
public sealed class RuledOutDescribedDefinitionTests
{
    [Theory]
    [InlineData("Customer count for June - not the running member total, and not new sign-ups")]
    [InlineData("customers last month, not the running customer total and not the new sign-ups")]
    [InlineData("客户数上个月，不要累计的，也不要新注册的")]
    [InlineData("上个月客户数，不是新来的，也不是累计的")]
    public void Running_total_and_new_sign_ups_ruled_out_leave_paying_customers(string question) =>
        Assert.Equal(["paying_customers"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("上个月conversion rate，不是门店预约那个", "conversion_rate")]
    [InlineData("上个月转化率，不是门店预约的那个", "conversion_rate")]
    [InlineData("上个月订单数，不要门店那个口径", "order_count")]
    [InlineData("order count last month, not the in-store version", "order_count")]
    public void Words_of_a_ruled_out_definition_are_no_filter(string question, string metric)
    {
        var query = FollowUpTestSupport.Query(question);
        Assert.Equal([metric], query.Metrics);
        Assert.Empty(query.Filters);
    }

    [Theory]
    [InlineData("上个月GMV，除了天猫的")]
    [InlineData("上个月订单数，不要门店的")]
    public void A_slice_ruled_out_is_still_a_filter(string question) =>
        Assert.NotEmpty(FollowUpTestSupport.Query(question).Filters);
}
