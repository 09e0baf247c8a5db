using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Tests.FollowUp.FollowUpTestSupport;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// A time that belongs to what the figure is for (the meeting tomorrow, the offsite next month, 明天开会用) is not the
/// question's; a comparison said in a trailing clause or in dialect; two whole years listed with a yearly grain; rank words of
/// regional speech (邊三間, 通路, 最推板); a ten-day word typed by sound (下询 for 下旬).
/// </summary>
public sealed class PurposeTimeAndSaidOtherwiseTests
{
    [Theory]
    [InlineData("I need for the meeting tomorrow with the board the spend per paying customer of May 2025, separately for every member level", "spend per paying customer of May 2025 by member level")]
    [InlineData("For the people review I'm putting together for the offsite next month, I'll need average headcount for Q1 2025, leaving out the outlet stores", "average headcount for Q1 2025 excluding outlet stores")]
    [InlineData("order count for March 2025 by channel, I need it for the call next week", "order count for March 2025 by channel")]
    [InlineData("for the review on Friday, refund rate in Q1 2025", "refund rate in Q1 2025")]
    [InlineData("明天开会要用，2025年3月的订单数", "2025年3月的订单数")]
    [InlineData("下周汇报用的，2025年第一季度各渠道的GMV", "2025年第一季度各渠道的GMV")]
    [InlineData("给下个月复盘用，2025年5月的退款率", "2025年5月的退款率")]
    [InlineData("for the meeting next week, GMV please", "GMV")]
    [InlineData("下周开会用，订单数", "订单数")]
    public void A_time_of_the_askers_event_is_not_the_questions(string question, string plain) =>
        Assert.Equal(Query(plain), Query(question));

    [Theory]
    [InlineData("Ordered GMV for June 2025, and how it moved against June 2024", Comparison.Yoy)]
    [InlineData("order count for May 2025, and how that changed against May 2024", Comparison.Yoy)]
    [InlineData("Ordered GMV for June 2025, how did it move vs the prior month", Comparison.Pop)]
    [InlineData("refund rate for May 2025, and how it moved against April 2025", Comparison.Pop)]
    public void A_movement_against_another_period_compares(string question, Comparison compare)
    {
        var query = Query(question);
        Assert.Equal(compare, query.Compare);
        Assert.Null(query.Grain);
    }

    [Theory]
    [InlineData("华东和华南上个月的成交额拿来比一哈", "华东和华南上个月的成交额比一下")]
    [InlineData("天猫跟京东上个月的订单数比一哈", "天猫跟京东上个月的订单数比一下")]
    [InlineData("华东和华南上个月的成交额较下", "华东和华南上个月的成交额比一下")]
    public void A_dialect_comparison_of_listed_values_splits(string question, string plain) =>
        Assert.Equal(Query(plain), Query(question));

    [Theory]
    [InlineData("Yearly ordered GMV for 2023 and 2024", "yearly ordered GMV from 2023 to 2024")]
    [InlineData("2023年和2024年每年的订单数", "2023年到2024年每年的订单数")]
    [InlineData("monthly refund rate for April and May 2025", "monthly refund rate from April to May 2025")]
    public void Whole_periods_listed_with_their_grain_are_one_range(string question, string plain) =>
        Assert.Equal(Query(plain), Query(question));

    [Theory]
    [InlineData("上個月華南啲旗艦店，邊三間嘅客單價最高？", "上个月华南的旗舰店，哪三家的客单价最高")]
    [InlineData("上個月取消率最高的通路是哪個啊", "上个月取消率最高的渠道是哪个")]
    [InlineData("上个月各个通路的订单数", "上个月各渠道的订单数")]
    [InlineData("上个月分通路的GMV", "上个月分渠道的GMV")]
    [InlineData("上个月哪个门店的退款率最推板", "上个月哪个门店的退款率最差")]
    [InlineData("上个月哪个区域的GMV最推板", "上个月哪个区域的GMV最差")]
    public void Rank_words_of_regional_speech_rank(string question, string plain) =>
        Assert.Equal(Query(plain), Query(question));

    [Theory]
    [InlineData("上个月下询的访客", "上个月下旬的访客")]
    [InlineData("6月上询的订单数", "6月上旬的订单数")]
    [InlineData("上个月中询的GMV", "上个月中旬的GMV")]
    public void A_ten_day_word_typed_by_sound_is_read(string question, string plain)
    {
        Assert.Equal(Query(plain), Query(question));
        Assert.Contains(Understand(question).Notices, n => n is ReadAsSoundingName { Typed: [_, '询'] });
    }

    [Theory]
    [InlineData("今年第一季度的退款率")]
    [InlineData("2025年第二季度的订单数")]
    [InlineData("上个月年终奖相关的GMV")]
    [InlineData("今年出的订单数，按区域")]
    [InlineData("上个月除华东外各区域的订单数")]
    public void A_word_or_a_words_part_is_no_time_word_typed_by_sound(string question) =>
        Assert.DoesNotContain(Understand(question).Notices, n => n is ReadAsSoundingName);
}
