using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Parsing;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// "Are we converting visitors into buyers", "how many bookings turned into purchases": a quantity converted into another
/// asks for the governed share whose denominator is the first and whose own part (numerator) is of the second's kind
/// (buyers are paid, as conversion's paid orders are), read from the catalog's ratio signatures; never both answered side by side.
/// </summary>
public sealed class ConvertedInto(SemanticCatalog catalog, ConceptScorer scorer)
{
    /// <summary>The share a converting phrase asks for, or null when the question converts nothing or no one share fits.</summary>
    /// <param name="names">The metrics named, with where they are said.</param>
    public string? Decide(string text, IReadOnlyList<(string Id, TextSpan Span)> names, ConceptReading reading)
    {
        if (names.Count is 0 or > 2) return null;
        var ordered = names.OrderBy(n => n.Span.Start).ToList();
        var from = ordered[0];
        if (scorer.ConceptsOf(from.Id) is not { } source) return null;
        IReadOnlySet<string>? target = null;
        if (ordered.Count == 2 && ConvertingWords.Join(text, from.Span, ordered[1].Span)) target = scorer.ConceptsOf(ordered[1].Id);
        // "bookings turned into purchases": what the first turned into may be a described quantity, not a name.
        else if (ordered.Count == 1 && reading.Mentions.FirstOrDefault(m => !m.Negated && m.Span.Start >= from.Span.End
                     && ConvertingWords.Join(text, from.Span, m.Span)) is { } described)
            target = described.Concepts.ToHashSet(StringComparer.Ordinal);
        return target is null ? null : Ratio(from.Id, source, target);
    }

    private string? Ratio(string from, IReadOnlySet<string> source, IReadOnlySet<string> target)
    {
        var over = catalog.Signatures.All.Where(s => s.Shape == SignatureShape.Share && catalog.FindMetric(s.MetricId) is { IsPublished: true }
            && (s.Denominator?.MetricId == from || scorer.Base(s.MetricId) is { Count: > 0 } of && of.IsSubsetOf(source))).Select(s => s.MetricId).ToList();
        var shares = over.Where(id => scorer.NumeratorOnly(id).Overlaps(target)).ToList();
        // "访客变成买家": a word for people that says no state (买家) is what the one share over the first converts into.
        if (shares.Count == 0 && over.Count == 1) return over[0];
        // A conversion within a window the question does not say is not the plain share ("bookings turned into purchases").
        var said = source.Union(target).ToHashSet(StringComparer.Ordinal);
        var plain = shares.Where(id => !scorer.MissesOrigin(id, said)).ToList();
        return plain.Count == 1 ? plain[0] : shares.Count == 1 ? shares[0] : null;
    }
}
