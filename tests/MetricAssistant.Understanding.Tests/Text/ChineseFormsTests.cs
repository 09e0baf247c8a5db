using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Tests.Text;

/// <summary>
/// Chinese written other ways than the catalog's: traditional characters, Cantonese words, the domain's words typed by
/// sound. Each is read as the simplified Mandarin the readers know.
/// </summary>
public sealed class ChineseFormsTests
{
    [Theory]
    [InlineData("今年以來華南的營收有多少", "今年以来华南的营收有多少")]
    [InlineData("上個月訂單數", "上个月订单数")]
    [InlineData("會員,門店,顧客,轉化率,退款,業績,銷售額", "会员,门店,顾客,转化率,退款,业绩,销售额")]
    [InlineData("這週的客單價與上週對比", "这周的客单价与上周对比")]
    public void Traditional_characters_read_as_simplified_one_for_one(string traditional, string simplified)
    {
        var read = TextNormalizer.Normalize(traditional);
        Assert.Equal(simplified, read);
        Assert.Equal(traditional.Length, read.Length);
    }

    [Theory]
    [InlineData("上个月订单数")]
    [InlineData("gmv_by_region")]
    public void Simplified_text_is_kept_as_it_is(string text) => Assert.Same(text, TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("琴日嘅訂單數係幾多", "昨天的订单数是多少")]
    [InlineData("今個月營收有冇一千萬", "这个月营收有没有一千万")]
    [InlineData("上個禮拜邊間店嘅退款最多", "上个星期哪家店的退款最多")]
    [InlineData("點解呢個月轉化率咁低", "为什么这个月转化率这么低")]
    [InlineData("客單價係咩意思", "客单价是什么意思")]
    public void Cantonese_words_read_as_mandarin(string question, string read) => Assert.Equal(read, QuestionText.Of(question));

    [Theory]
    [InlineData("關係")]
    [InlineData("係數")]
    public void A_traditional_xi_of_a_word_stays_that_word(string word) =>
        Assert.DoesNotContain('是', QuestionText.Of(word));

    [Theory]
    [InlineData("上个月付宽的订单", "上个月付款的订单")]
    [InlineData("新增会原多少", "新增会员多少")]
    [InlineData("上周定单数", "上周订单数")]
    [InlineData("退宽金额", "退款金额")]
    [InlineData("各渠道转话率", "各渠道转化率")]
    [InlineData("客单介是多少", "客单价是多少")]
    [InlineData("成教额", "成交额")]
    public void Domain_words_typed_by_sound_are_put_right(string typed, string meant) =>
        Assert.Equal(meant, HomophoneTypos.Correct(typed));

    [Theory]
    [InlineData("确定单价")]          // 确定 + 单价, no 订单
    [InlineData("我们店的营收")]      // 我们 + 店, no 门店
    [InlineData("指定单品的销量")]
    public void A_typo_that_is_the_end_of_another_word_is_left(string text) => Assert.Equal(text, HomophoneTypos.Correct(text));

    [Fact]
    public void Every_corrected_word_is_one_the_catalog_or_the_concepts_know()
    {
        var lexicon = new CatalogLexicon(TestRepository.Catalog);
        var assembly = typeof(HomophoneTypos).Assembly;
        using var stream = assembly.GetManifestResourceStream(assembly.GetManifestResourceNames().Single(n => n.EndsWith("concepts.json", StringComparison.Ordinal)))!;
        var concepts = new StreamReader(stream).ReadToEnd();
        var unknown = HomophoneTypos.Entries().Select(e => e.Meaning).Distinct()
            .Where(w => lexicon.Lookup(w).Count == 0 && !concepts.Contains(w, StringComparison.Ordinal) && !lexicon.Terms.Any(t => t.Contains(w, StringComparison.Ordinal)))
            .ToArray();
        Assert.Empty(unknown);
        var known = HomophoneTypos.Entries().Where(e => lexicon.Lookup(e.Typed).Count > 0).Select(e => e.Typed).ToArray();
        Assert.Empty(known);
    }
}
