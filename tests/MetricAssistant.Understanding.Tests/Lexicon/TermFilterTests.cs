using MetricAssistant.Understanding.Lexicon;

namespace MetricAssistant.Understanding.Tests.Lexicon;

public sealed class TermFilterTests
{
    [Fact]
    public void Every_added_word_may_be_contained_and_most_others_are_certainly_not()
    {
        var words = Enumerable.Range(0, 20_000).Select(i => $"指标{i}").ToList();
        var filter = new TermFilter(words.Count);
        foreach (var word in words) filter.Add(word);
        // no false "no": QualifiedTerms skips a piece the filter rules out, so one would lose a qualified name
        Assert.All(words, w => Assert.True(filter.MayContain(w)));
        Assert.True(filter.MayContain("指标12345".AsSpan(0, 7)));
        // false "maybe"s only cost a dictionary lookup; with eight bits a word they are a few in a hundred
        var others = Enumerable.Range(0, 20_000).Count(i => filter.MayContain($"其他{i}"));
        Assert.InRange(others, 0, 2_000);
    }
}
