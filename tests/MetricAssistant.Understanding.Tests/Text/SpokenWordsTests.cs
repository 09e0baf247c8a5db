using MetricAssistant.Understanding.Tests.FollowUp;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Tests.Text;

/// <summary>
/// Spending words of Cantonese (畀錢 pay, 使咗錢 spent) and the Southwest's questioned 好多 (多少) read as the Mandarin
/// the readers know; a statement's 好多 ("a lot") stays.
/// </summary>
public sealed class SpokenWordsTests
{
    [Theory]
    [InlineData("有畀錢嘅客人", "有付钱的客人")]
    [InlineData("俾咗錢嘅會員有幾多", "付了钱的会员有多少")]
    [InlineData("平均使咗幾多錢", "平均花了多少钱")]
    [InlineData("畀咗我睇", "给了我看")]
    public void Cantonese_paying_and_spending_read_as_mandarin(string question, string read) =>
        Assert.Equal(read, QuestionText.Of(question));

    [Theory]
    [InlineData("今朝卖了多少", "今天卖了多少")]
    [InlineData("今朝到现在的订单数", "今天到现在的订单数")]
    [InlineData("琴日嘅GMV", "昨天的gmv")]
    public void Regional_day_words_read_as_mandarin(string question, string read) =>
        Assert.Equal(read, QuestionText.Of(question));

    [Fact]
    public void Todays_shanghainese_word_is_today() =>
        Assert.Equal(FollowUpTestSupport.Query("今天卖了多少钱"), FollowUpTestSupport.Query("今朝卖了多少钞票"));

    [Theory]
    [InlineData("上个月卖了好多单？", "上个月卖了多少单?")]
    [InlineData("上周来了好多人?", "上周来了多少人?")]
    [InlineData("上个月退款好多钱啊？", "上个月退款多少钱啊?")]
    public void A_questioned_haoduo_is_how_many(string question, string read) => Assert.Equal(read, QuestionText.Of(question));

    [Theory]
    [InlineData("上个月卖了好多单")]
    [InlineData("好多人问上个月的gmv是多少?")]
    [InlineData("转化率好多了吗?")]
    public void A_haoduo_stated_stays(string question) => Assert.Contains("好多", QuestionText.Of(question));

    [Theory]
    [InlineData("上个月卖了好多单？", "上个月卖了多少单？")]
    public void The_question_runs_the_query_of_its_mandarin_wording(string question, string plain) =>
        Assert.Equal(FollowUpTestSupport.Query(plain), FollowUpTestSupport.Query(question));

    [Theory]
    [InlineData("每位有畀錢嘅客人平均使咗幾多錢")]
    [InlineData("上個月每個俾過錢嘅客人平均使咗幾多")]
    [InlineData("每个付过钱的客人平均花了多少")]
    public void Spend_per_customer_who_paid_said_in_cantonese_is_arppu(string question) =>
        Assert.Equal(["arppu"], FollowUpTestSupport.Query(question).Metrics);
}
