using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Tests.Text;

/// <summary>
/// Words written another way than the readers know them: any traditional character (from OpenCC's table), a hyphen inside an
/// English compound, a calendar unit said with "-wise". Each is read as the plain form, hyphens and characters one for one.
/// </summary>
public sealed class WrittenFormsTests
{
    [Theory]
    [InlineData("5月底各門店的在崗人數", "5月底各门店的在岗人数")]
    [InlineData("喚醒了多少沉睡會員", "唤醒了多少沉睡会员")]
    [InlineData("櫥窗陳列後的鐘錶銷量", "橱窗陈列后的钟表销量")]
    [InlineData("鹹味滷味零食的賒帳金額", "咸味卤味零食的赊账金额")]
    [InlineData("傢俱類商品的營養補給", "家俱类商品的营养补给")]
    public void Every_traditional_character_reads_as_its_simplified_one(string traditional, string simplified)
    {
        var read = TextNormalizer.Normalize(traditional);
        Assert.Equal(simplified, read);
        Assert.Equal(traditional.Length, read.Length);
    }

    [Fact]
    public void The_table_holds_the_common_traditional_characters()
    {
        var count = 0;
        for (var c = '\u3400'; c <= '\u9fff'; c++)
            if (TraditionalChinese.IsTraditional(c)) count++;
        Assert.True(count >= 1500, $"{count} traditional characters");
    }

    [Theory]
    [InlineData('乾')] // 乾坤: a simplified word of its own
    [InlineData('著')] // 著名: OpenCC keeps it
    [InlineData('干')]
    [InlineData('后')]
    public void Characters_that_are_simplified_words_stay(char c) => Assert.Equal(c, TraditionalChinese.Simplify(c));

    [Theory]
    [InlineData("paying-customer count", "paying customer count")]
    [InlineData("refund-rate last month", "refund rate last month")]
    [InlineData("new-member numbers", "new member numbers")]
    [InlineData("average-order value", "average order value")]
    [InlineData("avg-order-value by store", "avg order value by store")]
    public void A_hyphen_between_english_words_is_a_space(string typed, string read)
    {
        Assert.Equal(read, TextNormalizer.Normalize(typed));
        Assert.Equal(typed.Length, TextNormalizer.Normalize(typed).Length);
    }

    [Theory]
    [InlineData("gmv from 2025-03-01 to 2025-03-15")]
    [InlineData("orders 1-15 march")]
    [InlineData("gmv jan-mar 2025")]
    [InlineData("visitors mon-fri")]
    [InlineData("gmv q1-q3")]
    [InlineData("gmv year-over-year")]
    [InlineData("in-store gmv")]
    [InlineData("aov run-rate this month")]
    [InlineData("list-price value of the goods")]
    [InlineData("orders month-to-date")]
    [InlineData("gmv at month-end")]
    [InlineData("non-refunded orders")]
    [InlineData("gmv ex-jd")]
    [InlineData("t-mall orders")]
    [InlineData("e-commerce gmv")]
    [InlineData("mid-year gmv")]
    public void A_hyphen_that_says_more_than_a_space_stays(string text) => Assert.Equal(text, TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("kindly share month-wise orders", "kindly share monthly orders")]
    [InlineData("week wise gmv", "weekly gmv")]
    [InlineData("quarterwise refunds", "quarterly refunds")]
    [InlineData("day-wise visitors", "daily visitors")]
    [InlineData("date-wise orders", "daily orders")]
    [InlineData("year-wise gmv", "yearly gmv")]
    public void A_unit_said_with_wise_is_its_adverb(string typed, string read) => Assert.Equal(read, QuestionText.Of(typed));

    [Theory]
    [InlineData("refund-wise, how did we do", "refund wise, how did we do")]
    [InlineData("otherwise the gmv", "otherwise the gmv")]
    [InlineData("likewise for orders", "likewise for orders")]
    public void Wise_after_no_unit_is_left(string text, string read) => Assert.Equal(read, QuestionText.Of(text));
}
