using MetricAssistant.Understanding.Concepts;
using MetricAssistant.Understanding.Parsing;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>A converting word joins two quantities (the first converted into the second); a plain list or "and" does not.</summary>
public sealed class ConvertingWordsTests
{
    [Theory]
    [InlineData("converting visitors into buyers", "visitors", "buyers", true)]
    [InlineData("bookings that turned into purchases", "bookings", "purchases", true)]
    [InlineData("把访客转化成买家", "访客", "买家", true)]
    [InlineData("访客变成了买家", "访客", "买家", true)]
    [InlineData("visitors and buyers", "visitors", "buyers", false)]
    [InlineData("visitors into buyers", "visitors", "buyers", false)]
    [InlineData("访客和买家", "访客", "买家", false)]
    public void Joins_only_across_a_converting_word(string text, string first, string second, bool joined)
    {
        var (a, b) = (text.IndexOf(first, StringComparison.Ordinal), text.IndexOf(second, StringComparison.Ordinal));
        Assert.Equal(joined, ConvertingWords.Join(text, new TextSpan(a, first.Length), new TextSpan(b, second.Length)));
    }
}
