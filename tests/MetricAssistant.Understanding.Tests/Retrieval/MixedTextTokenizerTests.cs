using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Text.Segmentation;

namespace MetricAssistant.Understanding.Tests.Retrieval;

public sealed class MixedTextTokenizerTests
{
    private static readonly MixedTextTokenizer Tokenizer = CatalogTokenizer();

    private static MixedTextTokenizer CatalogTokenizer()
    {
        MixedTextTokenizer.AddCatalogTerms(TestRepository.Catalog);
        return MixedTextTokenizer.Instance;
    }

    private static List<string> Words(string text) => Tokenizer.Tokenize(text).Where(t => t[0] != MixedTextTokenizer.BigramMarker).ToList();

    [Theory]
    [InlineData("上个月客单价是多少", "客单价")]
    [InlineData("上个月下单GMV是多少", "下单gmv")]
    [InlineData("净GMV(剔除优惠券)", "净gmv")]
    [InlineData("抖音小店上周的退款率", "抖音小店")]
    [InlineData("华东区的支付口径GMV", "支付口径gmv")]
    [InlineData("卖了多少件", "卖了多少件")]
    public void Catalog_words_stay_whole(string text, string word) =>
        Assert.Contains(word, Words(text));

    [Fact]
    public void Mixed_text_gives_chinese_words_english_words_digits_and_bigrams()
    {
        var tokens = Tokenizer.Tokenize("2025年3月 AOV by Channel 各渠道客单价");
        Assert.Contains("aov", tokens);
        Assert.Contains("channel", tokens);
        Assert.Contains("2025", tokens);
        Assert.Contains("客单价", tokens);
        Assert.Contains(MixedTextTokenizer.BigramMarker + "客单", tokens);
        Assert.DoesNotContain("by", tokens);
    }

    [Fact]
    public void A_mixed_catalog_word_also_yields_its_english_part() =>
        Assert.Contains("gmv", Words("已支付GMV"));

    [Fact]
    public void Full_width_and_upper_case_text_is_normalised_first() =>
        Assert.Equal(Words("下单gmv"), Words("下单ＧＭＶ"));

    [Theory]
    [InlineData("orders", "order")]
    [InlineData("categories", "category")]
    [InlineData("sales", "sale")]
    [InlineData("gross", "gross")]
    [InlineData("status", "status")]
    [InlineData("gmv", "gmv")]
    public void English_plurals_are_stemmed(string word, string stem) => Assert.Equal(stem, MixedTextTokenizer.Stem(word));

    [Fact]
    public void Question_filler_and_time_words_are_dropped()
    {
        var tokens = Tokenizer.Tokenize("上个月的GMV是多少");
        Assert.Equal(["gmv"], tokens);
        Assert.Equal(["gmv", "channel"], Tokenizer.Tokenize("what was GMV by channel last month"));
    }

    [Fact]
    public void A_one_character_word_is_kept_as_a_unigram() =>
        Assert.Contains("鞋", Words("鞋"));

    [Fact]
    public void Empty_or_punctuation_only_text_has_no_tokens()
    {
        Assert.Empty(Tokenizer.Tokenize(""));
        Assert.Empty(Tokenizer.Tokenize("？？ ，。"));
    }

    [Fact]
    public void Concurrent_use_gives_the_same_tokens_as_sequential_use()
    {
        string[] texts = ["上个月客单价是多少", "下单GMV by channel", "抖音小店上周的退款率", "conversion rate 2025", "各区域毛利率对比"];
        var expected = texts.Select(t => string.Join("|", Tokenizer.Tokenize(t))).ToArray();
        var results = new string[200];
        Parallel.For(0, results.Length, i =>
        {
            if (i % 50 == 0) MixedTextTokenizer.AddCustomWords(["并发测试词" + i]);
            results[i] = string.Join("|", Tokenizer.Tokenize(texts[i % texts.Length]));
        });
        for (var i = 0; i < results.Length; i++) Assert.Equal(expected[i % texts.Length], results[i]);
    }

    [Fact]
    public void Custom_words_are_taught_only_with_their_chinese_parts()
    {
        var words = MixedTextTokenizer.JiebaWords(["销售额(旧口径)", "average order value", "GM%", "下单GMV"]).ToList();
        Assert.Equal(["销售额", "旧口径", "下单gmv"], words);
    }

    [Fact]
    public async Task Preloading_leaves_the_dictionary_loaded_and_a_second_preload_has_nothing_to_do()
    {
        await MixedTextTokenizer.PreloadAsync();
        Assert.True(JiebaRuntime.IsLoaded);
        Assert.True(MixedTextTokenizer.PreloadAsync().IsCompletedSuccessfully);
    }
}
