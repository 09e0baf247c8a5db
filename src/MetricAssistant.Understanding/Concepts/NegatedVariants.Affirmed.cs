namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// The definition wanted, said after one ruled out: "不是支付GMV，是下单那个", "not the finance one, I mean the e-commerce one",
/// "not net GMV — rather the one counted when orders are placed". Named by its words, its owner or a description.
/// </summary>
public sealed partial class NegatedVariants
{
    // Words that say what is meant once a definition is ruled out.
    private static readonly string[] Affirming =
    [
        "是", "要", "而是", "就是", "要的是", "我要", "只要", "换成", "用",
        "i mean", "i meant", "it's", "it is", "i want", "rather", "but", "just", "only", "instead", "give me", "use",
    ];

    /// <summary>Among <paramref name="candidates"/>, the ones an affirming word after a ruled-out definition names.</summary>
    public IReadOnlyList<(string MetricId, TextSpan Span)> AffirmedAmong(string text, IReadOnlyCollection<string> candidates, IReadOnlyList<TextSpan> outside)
    {
        var named = new List<(string MetricId, TextSpan Span)>();
        foreach (var (at, length) in DefinitionPhrases.Occurrences(text, Affirming))
        {
            // Only after a definition ruled out, never inside one ("不是" holds 是).
            if (outside.Any(o => at < o.End && o.Start < at + length) || !outside.Any(o => o.End <= at)) continue;
            if (Reference(text, SkipFillers(text, at + length)) is { } hit && candidates.Contains(hit.Id) && named.All(n => n.MetricId != hit.Id))
                named.Add((hit.Id, new TextSpan(at, hit.End - at)));
        }
        return named;
    }
}
