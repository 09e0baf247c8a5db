using System.Text.RegularExpressions;

namespace MetricAssistant.Understanding.Coverage;

/// <summary>
/// A word no step took that changes the quantity asked rather than adding to it: the unit a figure is divided by
/// ("sales per square metre", "每平米销售额"). Answering the metric without it would be a confident answer to a
/// different question, so the question is not found (with the metric offered as the nearest) instead of answered
/// with a notice. (A modifier before the metric's words, "repeat purchase rate", was tried too: the coverage
/// check's leftovers hold harmless words often enough, "distinct shoppers", "official GMV", that it refused good answers.)
/// </summary>
public static partial class QuantityChange
{
    [GeneratedRegex(@"(\bper|每|/)\s*(one\s+|a\s+|an\s+|个|一)?$")]
    private static partial Regex PerBefore();

    private const string Classifiers = "一二两三个笔单位家次件人天日月年周";

    /// <param name="text">The normalised question.</param>
    /// <param name="leftovers">What the coverage check found no step took.</param>
    public static string? Find(string text, IReadOnlyList<string> leftovers)
    {
        foreach (var word in leftovers)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                // "每一笔付了款的订单": a count word after 每 says each, not a unit divided by; and a longer Chinese run after
                // it is a clause ("每卖一百块钱能赚多少"), not a unit.
                if (PerBefore().IsMatch(text[..at]) && !Classifiers.Contains(word[0]) && (word.All(char.IsAscii) || word.Length <= 3)) return word;
            }
        }
        return null;
    }
}
