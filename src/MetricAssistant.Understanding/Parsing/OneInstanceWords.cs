using System.Text.RegularExpressions;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// "placed an order", "booked an appointment", "made a purchase": a noun after an indefinite article names one instance of a
/// thing, what someone did, never the measure that counts them. Such a noun is no metric's name said in another number or typed
/// with a slip ("how many order last month" has no article and still names orders).
/// </summary>
public static partial class OneInstanceWords
{
    // The article's phrase may hold a word or two before its noun ("a paid order", "an in-store appointment"), never a
    // preposition, which opens another phrase ("a share of orders").
    [GeneratedRegex(@"(?<![a-z])(?:a|an|one)\s+(?:(?!(?:of|for|per|in|on|by|to|from|with|than)\b)[a-z-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleAtEnd();

    /// <summary>Whether the words right before <paramref name="start"/> are an indefinite article's phrase.</summary>
    public static bool After(string text, int start) => start > 0 && ArticleAtEnd().IsMatch(text.AsSpan(0, start).ToString());
}
