using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Text;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Understanding.Tests.Lexicon;

public sealed class QualifiedTermsTests
{
    private static readonly CatalogLexicon Lexicon = new(TestRepository.Catalog);
    private static readonly QualifiedTerms Qualified = new(Lexicon);

    private static IReadOnlyList<TermMatch> Join(string question)
    {
        var text = TextNormalizer.Normalize(question);
        var blocked = new bool[text.Length];
        return Qualified.Join(text, LexiconScanner.Scan(Lexicon, text), blocked);
    }

    [Theory]
    [InlineData("净 GMV", "gmv_net")]
    [InlineData("净的GMV", "gmv_net")]
    [InlineData("券后 GMV", "gmv_net")]
    [InlineData("net-gmv", "gmv_net")]
    [InlineData("GMV (net)", "gmv_net")]
    [InlineData("下单 GMV", "gmv_ordered")]
    [InlineData("gmv（下单）", "gmv_ordered")]
    [InlineData("GMV (ordered)", "gmv_ordered")]
    [InlineData("orders (paid)", "paid_order_count")]
    [InlineData("支付的订单数", "paid_order_count")]
    public void A_qualifier_set_apart_still_names_the_variant(string question, string metric)
    {
        var match = Assert.Single(Join(question));
        Assert.Equal(metric, Assert.Single(match.Entries).Id);
    }

    [Theory]
    [InlineData("GMV and net orders")]
    [InlineData("各品类的销售额")]
    [InlineData("上个月的GMV")]
    public void Words_that_are_not_next_to_each_other_stay_apart(string question)
    {
        var text = TextNormalizer.Normalize(question);
        Assert.Equal(LexiconScanner.Scan(Lexicon, text), Join(question));
    }
}
