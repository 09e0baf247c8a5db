namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// "实际收到的钱，不是下单金额", "GMV — the money that came in, not the ordered one": once a definition is ruled out, the rest of
/// the question may still describe one of the definitions left. Only what tells them apart counts (money is every GMV's; paid is
/// one's); a description that fits several, or none, leaves the choice to the asker.
/// </summary>
public static class DescribedAmongLeft
{
    /// <summary>The one definition left that every telling concept of the reading fits, or null.</summary>
    /// <param name="apart">The ruled-out phrases and the names said (成交额 names the family, it describes none of it).</param>
    public static string? Pick(IReadOnlyList<string> left, ConceptReading reading, IReadOnlyList<TextSpan> apart, ConceptScorer scorer)
    {
        var profiles = left.Select(id => (Id: id, Concepts: scorer.ConceptsOf(id))).ToList();
        if (profiles.Any(p => p.Concepts is null)) return null;
        bool Inside(TextSpan span) => apart.Any(r => span.Start < r.Start + r.Length && r.Start < span.Start + span.Length);
        var said = reading.Mentions.Where(m => !m.Negated && !Inside(m.Span)).SelectMany(m => m.Concepts)
            .Where(c => !ConceptVocabulary.Shapes.Contains(c)).ToHashSet(StringComparer.Ordinal);
        var telling = said.Where(c => profiles.Any(p => p.Concepts!.Contains(c)) && !profiles.All(p => p.Concepts!.Contains(c))).ToList();
        if (telling.Count == 0) return null;
        return profiles.Where(p => telling.All(p.Concepts!.Contains)).ToList() is [var only] ? only.Id : null;
    }
}
