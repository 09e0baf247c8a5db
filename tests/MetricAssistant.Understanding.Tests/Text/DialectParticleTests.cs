using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Text;

/// <summary>
/// Regional written forms: 嘞 written for 的 (Hunan, Henan, southwest), so a count after a ranking word is still the limit; 净系
/// (Cantonese "only") is no "net".
/// </summary>
public sealed class DialectParticleTests
{
    [Theory]
    [InlineData("上个月退款率最差嘞三个城市", 3)]
    [InlineData("9月各品类在线上嘞销量，最少嘞两个", 2)]
    [InlineData("上个月GMV最高嘞两个区域", 2)]
    public void The_count_after_the_ranking_word_is_the_limit(string question, int limit) => Assert.Equal(limit, Query(question).Limit);

    [Theory]
    [InlineData("净系睇天猫嘅GMV，上个月")]
    [InlineData("上个月淨係睇京東嘅成交額")]
    public void Only_is_no_net(string question) => Assert.Equal(["gmv"], Query(question).Metrics);

    [Fact]
    public void A_reply_word_stays_a_reply() => Assert.Equal(["gmv"], Query("上个月GMV，好嘞").Metrics);
}
