using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Parsing;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// "coupons used on paid orders", "refund money on Tmall orders", "优惠让利了多少，只算付了款的订单": a count named only as the rows
/// that a quantity of its own, said before it, is on / of / from / in (or kept to, taken out of) asks for that quantity, read without the name (the name's state is its condition);
/// never the count answered. "how many paid orders had coupons" counts the orders: the name is not said as rows.
/// </summary>
public sealed partial class RowsOfAskedQuantity(SemanticCatalog catalog, ConceptScorer scorer, Func<ConceptReading, ConceptDecision> describe)
{
    // The name closes an "on / of / from / in" phrase, a value word ("Tmall") or article allowed between.
    [GeneratedRegex(@"[a-z]\s+(on|of|from|in)\s+(the\s+|our\s+|all\s+(the\s+|our\s+)?)?([a-z0-9&.'-]+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RowsBefore();

    /// <summary>The quantity asked (answered, or offered when the name's state is not its own), or none to keep the name.</summary>
    /// <param name="outside">The question read without the names.</param>
    public ConceptDecision Decide(string text, IReadOnlyList<string> named, IReadOnlyList<TextSpan> names, ConceptReading outside)
    {
        if (named is not [var id] || names is not [var name] || name.Start > text.Length || catalog.Signatures.For(id) is not { } count
            || count.Shape is not (SignatureShape.Count or SignatureShape.DistinctCount) || scorer.ConceptsOf(id) is not { } own
            || own.Contains(ConceptVocabulary.Money) || outside.Has(ConceptVocabulary.Ratio) || outside.Has(ConceptVocabulary.Per)
            || outside.Has(ConceptVocabulary.Average) || !(RowsBefore().IsMatch(text[..name.Start]) || MetricMentionRoles.IsCondition(text[..name.Start], text[name.End..])))
            return ConceptDecision.None;
        // The quantity of its own is said before the rows as a kind, beyond the shape of a figure ("coupons", "refund money");
        // money alone ("the total value of the orders") is the name's own money, read by the asked-quantity rule.
        var before = outside.Mentions.Where(m => m.Span.End <= name.Start && !m.Negated).SelectMany(m => m.Concepts)
            .Where(c => !ConceptVocabulary.Shapes.Contains(c) && c != ConceptVocabulary.Money && !own.Contains(c)).ToHashSet(StringComparer.Ordinal);
        if (before.Count == 0 || describe(outside) is not { Verdict: ConceptVerdict.Answer, Metrics: [var asked] } || asked == id
            || scorer.ConceptsOf(asked) is not { } theirs || !theirs.Overlaps(before) || catalog.Signatures.For(asked) is not { } quantity)
            return ConceptDecision.None;
        // "discounts on cancelled orders": a state of the rows the quantity's own filters leave out is another question.
        return count.States.Concat(before).Any(quantity.Excluded.Contains) ? ConceptDecision.Clarify([asked, id]) : ConceptDecision.Answer(asked);
    }
}
