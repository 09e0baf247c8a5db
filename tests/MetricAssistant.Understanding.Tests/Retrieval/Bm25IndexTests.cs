using MetricAssistant.Understanding.Retrieval;

namespace MetricAssistant.Understanding.Tests.Retrieval;

public sealed class Bm25IndexTests
{
    private static Bm25Index Index(params string[] documents) =>
        Bm25Index.Build(documents.Select(d => (IReadOnlyList<string>)d.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList());

    [Fact]
    public void Scores_follow_okapi_bm25()
    {
        var index = Index("refund rate", "refund amount total", "conversion rate");
        var hits = index.Search(["refund"], 10);
        // N = 3, df = 2: idf = ln(1 + (3 - 2 + 0.5) / (2 + 0.5)); avgdl = 7/3
        var idf = Math.Log(1 + 1.5 / 2.5);
        double Expected(int length) => idf * 1 * 2.2 / (1 + 1.2 * (1 - 0.75 + 0.75 * length / (7.0 / 3)));
        Assert.Equal(2, hits.Count);
        Assert.Equal(0, hits[0].Document);
        Assert.Equal(Expected(2), hits[0].Score, 4);
        Assert.Equal(Expected(3), hits[1].Score, 4);
    }

    [Fact]
    public void Rarer_terms_weigh_more()
    {
        var index = Index("gmv order", "gmv paid", "gmv net", "order count");
        var hits = index.Search(["gmv", "count"], 10);
        Assert.Equal(3, hits[0].Document);
    }

    [Fact]
    public void Document_weights_multiply_scores()
    {
        var index = Bm25Index.Build([["gmv"], ["gmv"]], [1f, 0.5f]);
        var hits = index.Search(["gmv"], 10);
        Assert.Equal(hits[0].Score * 0.5, hits[1].Score, 5);
    }

    [Fact]
    public void An_unknown_word_expands_to_the_words_it_begins()
    {
        var index = Index("conversion rate", "refund rate");
        Assert.Equal(0, index.Search(["conv"], 10).Single().Document);
    }

    [Theory]
    [InlineData("reveune", 0)]    // transposition
    [InlineData("revnue", 0)]     // deletion
    [InlineData("convertion", 1)] // substitution
    [InlineData("conversation", 1)] // distance 2 allowed from 8 letters on
    public void A_misspelt_word_expands_to_words_within_a_small_edit_distance(string typo, int document)
    {
        var index = Index("revenue", "conversion rate", "refund");
        Assert.Equal(document, index.Search([typo], 10).First().Document);
    }

    [Fact]
    public void Short_or_unrelated_words_do_not_expand()
    {
        var index = Index("revenue", "conversion rate");
        Assert.Empty(index.Search(["xq"], 10));
        Assert.Empty(index.Search(["weather"], 10));
    }

    [Fact]
    public void An_exact_match_outscores_an_expansion()
    {
        var index = Index("rate", "rates extra");
        var hits = index.Search(["rate"], 10);
        Assert.Equal(0, hits[0].Document);
    }

    [Fact]
    public void Searching_is_thread_safe()
    {
        var index = Index("refund rate", "refund amount", "conversion rate", "gmv");
        var expected = index.Search(["refund", "rate"], 10);
        Parallel.For(0, 500, _ => Assert.Equal(expected, index.Search(["refund", "rate"], 10)));
    }
}
