using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Parsing;
using MetricAssistant.Understanding.Text;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Understanding.Tests.Parsing;

public sealed class TypoMatcherTests
{
    private static readonly CatalogLexicon Lexicon = new(TestRepository.Catalog);
    private static readonly ValueTypoMatcher Values = new(Lexicon);
    private static readonly EnglishTypoMatcher Metrics = new(Lexicon);

    private static IReadOnlyList<TermMatch> FindValues(string question)
    {
        var text = TextNormalizer.Normalize(question);
        var taken = new bool[text.Length];
        foreach (var m in LexiconScanner.Scan(Lexicon, text)) Array.Fill(taken, true, m.Start, m.Length);
        return Values.Find(text, taken);
    }

    [Theory]
    [InlineData("Tmal GMV", "tmall")]
    [InlineData("GMV for Tamll", "tmall")]
    [InlineData("GMV for T-mall", "tmall")]
    [InlineData("GMV for douyn", "douyin")]
    [InlineData("orders in Shanghia", "Shanghai")]
    [InlineData("orders in Guangzou", "Guangzhou")]
    [InlineData("GMV in Esat China", "east")]
    [InlineData("units for beuaty", "beauty")]
    public void Values_a_letter_off_are_found(string question, string code)
    {
        var match = Assert.Single(FindValues(question));
        Assert.True(match.Fuzzy);
        Assert.Contains(match.Entries, e => e.Kind == TermKind.DimensionValue && e.Code == code);
    }

    [Theory]
    [InlineData("GMV by chanel", "channel")]
    [InlineData("GMV by regoin", "region")]
    public void Dimension_names_a_letter_off_are_found(string question, string dimension) =>
        Assert.Contains(Assert.Single(FindValues(question)).Entries, e => e.Kind == TermKind.Dimension && e.Id == dimension);

    [Theory]
    [InlineData("gmv on a monthly basis")]
    [InlineData("is the tall store busy")]
    [InlineData("gmv in the southeast")]
    [InlineData("what were sales last month")]
    [InlineData("gmv for jd")]
    public void Real_words_and_exact_names_are_not_typos(string question) => Assert.Empty(FindValues(question));

    private static string? Metric(string question)
    {
        var text = TextNormalizer.Normalize(question);
        return Metrics.Find(text, new bool[text.Length])?.Entries.FirstOrDefault()?.Id;
    }

    [Fact]
    public void A_function_word_is_never_a_typo_of_a_name()
    {
        var text = TextNormalizer.Normalize("gmv not east");
        var found = Metrics.Find(text, new bool[text.Length]);
        Assert.True(found is null || found.Text != "gmv not");
    }

    [Fact]
    public void Words_apart_are_not_one_phrase()
    {
        // With "last month" blanked, "gmv" and "not" are not neighbours.
        var text = TextNormalizer.Normalize("gmv last month not tmall");
        var blocked = new bool[text.Length];
        Array.Fill(blocked, true, 4, "last month".Length);
        Assert.Null(Metrics.Find(text, blocked));
    }

    [Theory]
    [InlineData("gmmv", "gmv")]
    [InlineData("spend per paying custmer", "arppu")]
    [InlineData("spend perr paying customer", "arppu")]
    public void Metric_names_a_letter_off_are_found(string question, string metric) => Assert.Equal(metric, Metric(question));
}
