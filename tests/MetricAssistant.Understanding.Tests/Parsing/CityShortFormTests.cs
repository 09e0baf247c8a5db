using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Parsing;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// Cities by their one-character short forms, several in a row ("广深两地", "京津", "成渝", "北上广深"), read as those
/// cities of the catalog; the characters inside ordinary words (上个月, 深度, 广告, 成交, 京东) are never a city pair.
/// </summary>
public sealed class CityShortFormTests
{
    private static readonly CityShortForms Forms = new(TestRepository.Catalog, new CatalogLexicon(TestRepository.Catalog));

    [Theory]
    [InlineData("广深两地上个月GMV", "广州和深圳上个月GMV")]
    [InlineData("京津上个月订单数", "北京和天津上个月订单数")]
    [InlineData("成渝地区本月退款金额", "成都和重庆本月退款金额")]
    [InlineData("沪杭一带的访客数", "上海和杭州的访客数")]
    [InlineData("北上广深今年营收", "北京、上海、广州和深圳今年营收")]
    [InlineData("苏宁两个城市", "苏宁两个城市")]
    public void A_run_of_short_forms_is_written_out(string text, string read) => Assert.Equal(read, Forms.Read(text));

    [Theory]
    [InlineData("上个月深度用户的广告投放")]
    [InlineData("上周成交了多少单")]
    [InlineData("南京上个月的GMV")]
    [InlineData("华南区重复购买的人")]
    [InlineData("京东上周的订单数")]
    [InlineData("线上广告带来的访客")]
    [InlineData("上上周的GMV")]
    public void Ordinary_words_are_no_cities(string text) => Assert.Equal(text, Forms.Read(text));

    [Theory]
    [InlineData("广深两地上个月GMV", "广州和深圳上个月GMV")]
    [InlineData("京津上个月订单数", "北京和天津上个月订单数")]
    [InlineData("蓉渝两地这个月的退款金额", "成都和重庆这个月的退款金额")]
    [InlineData("上周沪杭的访客数", "上周上海和杭州的访客数")]
    [InlineData("广深哪个城市上个月GMV多", "广州和深圳哪个城市上个月GMV多")]
    public void The_cities_run_the_query_of_their_full_names(string question, string plain) =>
        Assert.Equal(Query(plain), Query(question));

    [Theory]
    [InlineData("广深两地上个月GMV")]
    [InlineData("京津上个月订单数")]
    [InlineData("北上广深今年营收")]
    public void Nothing_is_left_unread(string question) => Assert.Empty(Understand(question).Notices.OfType<NotUnderstood>());
}
