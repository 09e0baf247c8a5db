using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// What <see cref="DescribedMetricChooser"/> makes of the close readings of a description: the families a near miss offers,
/// the shapes nobody asked for left out, the readings explaining everything said, and the plain count when no state is said.
/// </summary>
public sealed class CloseReadings(SemanticCatalog catalog, ConceptScorer scorer, ConceptVocabulary vocabulary, CatalogSignatureFacts facts)
{
    /// <summary>
    /// A near miss offers definitions, not only quantities: each choice is followed by the other published variants of
    /// its family ("how much money" → paid, ordered and net GMV), as far as the choices allow.
    /// </summary>
    public List<string> WithFamilies(List<string> choices)
    {
        var offered = new List<string>();
        foreach (var id in choices)
        {
            if (!offered.Contains(id)) offered.Add(id);
            if (catalog.FindMetric(id)?.Family is not { } family) continue;
            offered.AddRange(catalog.Families.Of(family).Where(m => m.IsPublished && m.Id != id && !offered.Contains(m.Id))
                .OrderByDescending(m => m.Official).ThenBy(m => m.Id, StringComparer.Ordinal).Select(m => m.Id));
        }
        return offered.Take(Math.Max(DescribedMetricChooser.MaxChoices, choices.Count)).ToList();
    }

    /// <summary>
    /// A choice that is another choice in a shape the question does not ask for (a 7-day rolling or month-to-date
    /// GMV, a growth rate of GMV, beside GMV) is no separate reading of it: offering it only lengthens the question back.
    /// </summary>
    public List<string> WithoutUnaskedShapes(List<string> close, IReadOnlySet<string> question)
    {
        if (close.Count < 2) return close;
        // A growth rate, a conversion or a period-end snapshot the question does not describe is no reading of it either.
        if (close.Where(id => !scorer.MissesDefining(id, question)).ToList() is { Count: > 0 } said) close = said;
        return close.Where(id => scorer.ConceptsOf(id) is not { } own || !close.Any(other => other != id && scorer.ConceptsOf(other) is { } plain
            && plain.IsProperSubsetOf(own) && own.Except(plain).All(c => ConceptVocabulary.Shapes.Contains(c) && !question.Contains(c)))).ToList();
    }

    /// <summary>The close readings having every concept the question says that is neither a shape nor a general word.</summary>
    public List<string> Explaining(ConceptReading reading, IReadOnlyList<string> close)
    {
        var general = vocabulary.Broader.Values.SelectMany(g => g).ToHashSet(StringComparer.Ordinal);
        var specific = reading.Concepts.Where(c => !ConceptVocabulary.Shapes.Contains(c) && !general.Contains(c) && c != ConceptVocabulary.Times).ToList();
        return specific.Count == 0 ? [] : [.. close.Where(id => scorer.ConceptsOf(id) is { } own && specific.All(own.Contains))];
    }

    /// <summary>The one close reading without a state beyond its rows' own creation, when the question names no state.</summary>
    public string? Plain(ConceptReading reading, IReadOnlyList<string> close)
    {
        var states = facts.MetricStates;
        if (close.Count < 2 || reading.Concepts.Any(states.Contains)) return null;
        var plain = close.Where(id => catalog.Signatures.For(id) is { } s && s.States.All(x => x == MetricSignature.Placed)).ToList();
        return plain.Count == 1 ? plain[0] : null;
    }
}
