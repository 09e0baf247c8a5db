using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// Questions in traditional characters, in Cantonese, or with a domain word typed by sound run the query of their
/// plain simplified wording; "哪几类门店" asks for the store type; "成都那几家店" is the city's stores as one group.
/// </summary>
public sealed class ChineseFormsQueryTests
{
    [Theory]
    // Traditional characters.
    [InlineData("今年以來華東的營收有多少", "今年以来华东的营收有多少")]
    [InlineData("上個月各門店的轉化率", "上个月各门店的转化率")]
    [InlineData("上季度顧客的退款金額", "上季度顾客的退款金额")]
    // Cantonese words, time words among them.
    [InlineData("琴日嘅訂單數係幾多", "昨天的订单数是多少")]
    [InlineData("今個月新增會員有幾多", "这个月新增会员有多少")]
    [InlineData("上個禮拜深圳嘅退款金額係咩", "上周深圳的退款金额是多少")]
    // Domain words typed by sound.
    [InlineData("上个月付宽订单数", "上个月付款订单数")]
    [InlineData("上个月各渠道的转话率", "上个月各渠道的转化率")]
    [InlineData("本月客单介多少", "本月客单价多少")]
    [InlineData("上周新增会原多少", "上周新增会员多少")]
    // The kind of a dimension, and a place's stores as one group.
    [InlineData("上个月哪几类门店的访客最多", "上个月访客数最多的门店类型")]
    [InlineData("上个月什么类型的门店订单最多", "上个月订单数最多的门店类型")]
    [InlineData("成都那几家店上个月的营收", "上个月成都的营收")]
    // ... unless each of them is asked later
    [InlineData("成都那几家店上个月各自的营收", "上个月成都各门店的营收")]
    public void The_question_runs_the_query_of_its_plain_wording(string question, string plain) =>
        Assert.Equal(Query(plain), Query(question));

    [Theory]
    [InlineData("今年以來華南的營收有多少")]
    [InlineData("琴日嘅訂單數係幾多")]
    [InlineData("上个月客单介是多少")]
    [InlineData("上个月哪几类门店的营收最高")]
    public void Nothing_is_left_unread(string question) => Assert.Empty(Understand(question).Notices.OfType<NotUnderstood>());
}
