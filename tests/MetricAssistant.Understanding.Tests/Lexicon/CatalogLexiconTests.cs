using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Text;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Understanding.Tests.Lexicon;

public sealed class CatalogLexiconTests
{
    private static readonly CatalogLexicon Lexicon = new(TestRepository.Catalog);

    private static IReadOnlyList<LexiconEntry> Lookup(string term) => Lexicon.Lookup(TextNormalizer.Normalize(term));

    [Theory]
    [InlineData("退款百分比", "refund_rate")]
    [InlineData("退款的比例", "refund_rate")]
    [InlineData("取消的比例", "cancel_rate")]
    [InlineData("订单取消比例", "cancel_rate")]
    [InlineData("毛利润率", "gross_margin")]
    [InlineData("销售毛利率", "gross_margin")]
    [InlineData("refund %", "refund_rate")]
    [InlineData("refund%", "refund_rate")]
    [InlineData("cancel percent", "cancel_rate")]
    public void A_rate_said_another_way_is_the_rate(string term, string metric) =>
        Assert.Equal(metric, Assert.Single(Lookup(term)).Id);

    [Theory]
    [InlineData("销售额旧口径", "sales_amount_legacy")]
    [InlineData("sales amount legacy", "sales_amount_legacy")]
    [InlineData("legacy sales amount", "sales_amount_legacy")]
    [InlineData("paid GMV", "gmv")]
    [InlineData("GMV", "gmv")]
    public void A_name_with_its_bracket_written_in_is_the_same_name(string term, string metric) =>
        // Without this, "销售额旧口径" was 销售额 (gmv) with 旧口径 dropped: the deprecation went unsaid.
        Assert.Contains(Lookup(term), e => e.Id == metric);

    [Fact]
    public void A_variant_of_a_rate_means_what_the_rate_means() =>
        // "conversion rate" is conversion_rate's own name (issue #12: a glossary word is never a metric's own name).
        Assert.Equal("conversion_rate", Assert.Single(Lookup("conversion %")).Id);

    [Fact]
    public void A_rate_variant_never_replaces_a_word_of_its_own() =>
        // 毛利占比 is the catalog's own synonym of gross margin; 退款占比 of refund rate.
        Assert.Equal("refund_rate", Assert.Single(Lookup("退款占比")).Id);

    [Theory]
    [InlineData("outlets", "store_type", "outlet")]
    [InlineData("gold members", "member_level", "gold")]
    [InlineData("groceries", "category", "food")]
    public void English_values_are_found_in_the_plural(string term, string dimension, string code)
    {
        var entry = Assert.Single(Lookup(term));
        Assert.Equal((TermKind.DimensionValue, dimension, code), (entry.Kind, entry.Id, entry.Code));
    }

    [Theory]
    [InlineData("outlet", "outlets")]
    [InlineData("grocery", "groceries")]
    [InlineData("day", "days")]
    [InlineData("shoes", null)]
    [InlineData("jd.com", null)]
    [InlineData("天猫", null)]
    public void Plurals(string word, string? plural) => Assert.Equal(plural, CatalogLexicon.Plural(word));
}
