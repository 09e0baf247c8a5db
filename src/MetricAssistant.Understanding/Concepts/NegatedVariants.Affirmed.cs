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
        "i mean", "i meant", "it's", "it is", "i want", "rather", "but", "just", "only", "instead", "give me", "use", "the one",
    ];

    // Words that correct what a name said without ruling anything out: "转化率，我说的是按预约算的", "conversion, I mean bookings".
    private static readonly string[] Correcting =
    [
        "我说的是", "我是说", "我指的是", "我的意思是", "我要的是", "准确说是", "确切说是", "是指", "指的是",
        "i mean", "i meant", "i'm talking about",
    ];

    /// <summary>
    /// The sibling of <paramref name="asked"/> a correcting word names by its words or by the rows it is over ("转化率，我说的是按预约算的":
    /// appointment conversion), with the correction's span; null when the correction names no other variant of its family.
    /// </summary>
    public (string MetricId, TextSpan Span)? CorrectedTo(string text, string asked)
    {
        if (!familyOf.TryGetValue(asked, out var family)) return null;
        foreach (var (at, length) in DefinitionPhrases.Occurrences(text, Correcting))
            if (Reference(text, SkipFillers(text, at + length)) is { } hit && hit.Id != asked && familyOf[hit.Id] == family)
                return (hit.Id, new TextSpan(at, hit.End - at));
        return null;
    }

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
