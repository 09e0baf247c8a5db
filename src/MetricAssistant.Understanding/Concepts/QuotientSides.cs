using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// The two sides of a quotient word ("A divided by B", A除以B) in a question read into concepts: money over a count of things
/// or people is an amount per each, not a share (<see cref="ConceptReader"/>'s last steps).
/// </summary>
/// <param name="subjects">What can be counted: the catalog's subjects and the kinds of people.</param>
internal sealed class QuotientSides(SemanticCatalog catalog, ConceptVocabulary vocabulary, IReadOnlySet<string> subjects)
{
    /// <summary>
    /// "付款金额除以付款人数", "money paid divided by the people who paid": money divided by a count of things or people is an
    /// amount per each of them (per), where a count over a count or money over money is a share (ratio). The dividend is what
    /// is said before the quotient word, the divisor what is said after it, each up to another shape word.
    /// </summary>
    public void Read(string text, List<ConceptMention> mentions, IReadOnlyList<(TextSpan Span, string MetricId)> names)
    {
        var added = false;
        for (var k = 0; k < mentions.Count; k++)
        {
            if (!vocabulary.Quotients.Contains(mentions[k].Text)) continue;
            var at = mentions[k].Span;
            // Each side in order away from the quotient word: the phrases read and the metrics named (a name says what its metric measures).
            var said = mentions.Select(m => (m.Span, Concepts: (IReadOnlyList<string>)m.Concepts, Name: false))
                .Concat(names.Select(n => (n.Span, Concepts: Named(n.MetricId), Name: true))).ToList();
            var before = Side(said.Where(m => m.Span.Start < at.Start).OrderByDescending(m => m.Span.Start));
            var after = Side(said.Where(m => m.Span.Start >= at.End).OrderBy(m => m.Span.Start));
            var dividend = before.SelectMany(m => m.Concepts).ToHashSet(StringComparer.Ordinal);
            var divisor = after.SelectMany(m => m.Concepts).ToHashSet(StringComparer.Ordinal);
            if (!dividend.Contains(ConceptVocabulary.Money) || divisor.Contains(ConceptVocabulary.Money) || !divisor.Any(c => subjects.Contains(c) || c == ConceptVocabulary.People)) continue;
            // The quotient word takes in what it is per, as 每位 + a noun does ("除以付款的人数": per paying person).
            mentions[k] = mentions[k] with { Concepts = [ConceptVocabulary.Per, .. divisor.Where(c => !ConceptVocabulary.Shapes.Contains(c))] };
            // A name on a side is read as what it measures, so the amount and its unit are there to be read as one ("付款总额除以付款订单数": aov).
            foreach (var (span, concepts, _) in before.Take(1).Concat(after.Take(1)).Where(m => m.Name))
            {
                mentions.Add(new ConceptMention(span, text.Substring(span.Start, span.Length), concepts));
                added = true;
            }
        }
        if (added) mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        // A side ends at another shape word (a share or a per of its own); a count word is part of it ("付款人数").
        static List<(TextSpan Span, IReadOnlyList<string> Concepts, bool Name)> Side(IEnumerable<(TextSpan Span, IReadOnlyList<string> Concepts, bool Name)> side) =>
            side.TakeWhile(m => m.Concepts.All(w => w == ConceptVocabulary.Count || !ConceptVocabulary.Shapes.Contains(w))).ToList();
    }

    /// <summary>What a named metric measures, as a side of a quotient: money for a sum of money, its subjects for a count; a shape for a ratio or an average.</summary>
    private IReadOnlyList<string> Named(string metricId) => catalog.Signatures.For(metricId) switch
    {
        { Shape: SignatureShape.Sum } s when s.Subjects.Contains(ConceptVocabulary.Money) => [ConceptVocabulary.Money],
        { Shape: SignatureShape.Count or SignatureShape.DistinctCount or SignatureShape.PeriodAverage } s => [.. s.Subjects.Concat(s.States).Select(vocabulary.ConceptOf).Distinct()],
        { } => [ConceptVocabulary.Ratio],
        null => [],
    };
}
