using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Text;

/// <summary>
/// Regional written forms: 净系 (Cantonese "only") is no "net"; 好嘞 stays a reply (嘞 written for 的 before a count is in SpokenWordsTests).
/// </summary>
public sealed class DialectParticleTests
{
    [Theory]
    [InlineData("净系睇天猫嘅GMV，上个月")]
    [InlineData("上个月淨係睇京東嘅成交額")]
    public void Only_is_no_net(string question) => Assert.Equal(["gmv"], Query(question).Metrics);

    [Fact]
    public void A_reply_word_stays_a_reply() => Assert.Equal(["gmv"], Query("上个月GMV，好嘞").Metrics);
}
