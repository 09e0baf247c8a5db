using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Concepts;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>The concept reader: longest phrase first, whole Latin words, and the spans it consumed.</summary>
public class ConceptReaderTests
{
    private static readonly ConceptReader Reader = new(TestRepository.Catalog, ConceptVocabulary.Default);

    private static ConceptReading Read(string question)
    {
        var text = TextNormalizer.Normalize(question);
        return Reader.Read(text, new bool[text.Length]);
    }

    [Theory]
    [InlineData("不管付没付", "付没付", "paid")]
    [InlineData("取没取消都算", "取没取消", "cancelled")]
    public void A_state_said_both_ways_is_read_but_not_asked(string question, string either, string state)
    {
        var reading = Read(question);
        Assert.DoesNotContain(state, reading.Concepts);
        Assert.Contains(reading.Mentions, m => m.Text == either && m.Concepts.Count == 0);
    }

    [Theory]
    [InlineData("接了多少预约")]
    [InlineData("来了几位会员")]
    [InlineData("appointment数量")]
    public void A_count_word_next_to_what_is_counted_asks_how_many(string question)
    {
        var reading = Read(question);
        Assert.Contains("count", reading.Concepts);
        Assert.DoesNotContain("quantity", reading.Concepts);
    }

    [Fact]
    public void Phrases_are_read_into_concepts_with_the_spans_they_consumed()
    {
        var reading = Read("付过款的客人");
        Assert.Contains("paid", reading.Concepts);
        Assert.Contains("customer", reading.Concepts);
        Assert.Equal([new TextSpan(0, 3), new TextSpan(4, 2)], reading.Consumed);
    }

    [Theory]
    [InlineData("有多少单，取消的单不算", "cancelled")]
    [InlineData("取消掉的不算", "cancelled")]
    [InlineData("orders, leaving out cancelled ones", "cancelled")]
    [InlineData("order value, paid or not", "paid")]
    [InlineData("regardless of payment", "paid")]
    [InlineData("cancelled orders left out", "cancelled")]
    public void An_excluded_state_is_read_but_not_asked(string question, string excluded)
    {
        var reading = Read(question);
        Assert.DoesNotContain(excluded, reading.Concepts);
        Assert.Contains(reading.Consumed, s => TextNormalizer.Normalize(question).Substring(s.Start, s.Length) is var w && (w.Contains("不算") || w.Contains("leaving") || w.Contains("or not") || w.Contains("regardless") || w.Contains("left out")));
    }

    [Fact]
    public void A_state_far_from_an_exclusion_word_is_still_asked()
    {
        Assert.Contains("cancelled", Read("取消的订单，退款的不算").Concepts);
        Assert.DoesNotContain("refund", Read("取消的订单，退款的不算").Concepts);
    }

    [Fact]
    public void Latin_phrases_match_whole_words_only()
    {
        Assert.DoesNotContain("per", Read("performance").Concepts);
        Assert.Contains("per", Read("output per employee").Concepts);
    }

    [Fact]
    public void Blocked_characters_are_not_read()
    {
        var text = TextNormalizer.Normalize("退款金额");
        var blocked = Enumerable.Repeat(true, text.Length).ToArray();
        Assert.Empty(Reader.Read(text, blocked).Concepts);
    }

    [Fact]
    public void The_catalog_s_own_identifiers_are_concepts()
    {
        // "refunds" is the refunds model's name: read as the concept its signatures carry.
        Assert.Contains("refund", Read("refunds").Concepts);
    }
}
