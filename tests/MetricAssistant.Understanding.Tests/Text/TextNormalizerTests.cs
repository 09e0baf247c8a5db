using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Tests.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Ｔｍａｌｌ上个月的ＧＭＶ？", "tmall上个月的gmv?")]
    [InlineData("２０２５年３月的订单数", "2025年3月的订单数")]
    [InlineData("GMV   last    month !!!", "gmv last month !!!")]
    [InlineData("g m v last month", "gmv last month")]
    [InlineData("A.O.V. last month", "aov last month")]
    [InlineData("g-m-v last month", "gmv last month")]
    [InlineData("GMV for T-mall", "gmv for t-mall")]
    [InlineData("jd.com e-commerce", "jd.com e-commerce")]
    [InlineData("那个……3月份的订单", "那个 3月份的订单")]
    public void Noise_becomes_one_canonical_form(string question, string normal) => Assert.Equal(normal, TextNormalizer.Normalize(question));

    [Theory]
    [InlineData("-5 for A-B", "-5 for ab")] // a separator first, letters joined by it later
    [InlineData("margin, u.v", "margin, uv")] // initials at the very end
    [InlineData("u.v-x rate", "uvx rate")] // dots and hyphens mixed
    [InlineData("Total G M V.", "total gmv.")]
    [InlineData("x y", "x y")] // two letters apart are words, not initials
    [InlineData("Sum of daily unique visitors per store and channel (in-store footfall), by visit date.",
        "sum of daily unique visitors per store and channel (in-store footfall), by visit date.")]
    public void Letters_are_joined_wherever_they_stand_and_sentences_are_left_alone(string text, string normal) =>
        Assert.Equal(normal, TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("新客食品月度投诉数")]
    [InlineData("m115297")]
    [InlineData("gross_merchandise_value")]
    [InlineData("上月gmv2025")]
    public void Text_already_in_normal_form_is_returned_as_it_is(string text)
    {
        // the same string, not a copy: the lexicon of a large catalog normalises about a million such words
        Assert.Same(text, TextNormalizer.Normalize(text));
    }

    [Theory]
    [InlineData("新客 食品", "新客食品")]
    [InlineData("Gmv", "gmv")]
    [InlineData("gmv ", "gmv")]
    [InlineData("ｇｍｖ", "gmv")]
    [InlineData("\uF900", "\u5C82")] // a compatibility ideograph, outside the ranges left as they are, still normalised (豈, then 岂)
    public void Text_near_normal_form_still_goes_the_whole_way(string text, string normal) =>
        Assert.Equal(normal, TextNormalizer.Normalize(text));
}
