namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// Which of the metrics a clarification offered a reply describes ("the paid one", "按下单时算的那个"), by the concepts of their
/// definitions (<see cref="DescribedMetricChooser.Options"/>).
/// </summary>
public sealed class OfferedOptions(ConceptScorer scorer, ConceptVocabulary vocabulary)
{
    /// <summary>
    /// The one of <paramref name="offered"/> a reply to a clarification describes ("the paid one", "新增会员那个"): the metric
    /// sharing more of the reply's concepts than any other offered one, or null when none shares any or several stay tied (below).
    /// What the reply leaves unsaid does not count against a metric: the choices were already narrowed by the question. A metric
    /// with a state the reply says did not happen ("before any payment", "没付款也算的") is not described. Of several sharing as many,
    /// the one whose own marks (what it has and the others lack) the reply leaves unsaid only where they are a quantity's plain
    /// reading: "counts what was ordered" fits net and ordered GMV alike, but net GMV is marked by coupons the reply never mentions,
    /// and ordered GMV's before-coupons is what an amount means unsaid. Otherwise ("the money one") they stay a tie.
    /// </summary>
    public string? Among(ConceptReading reading, IReadOnlyList<string> offered)
    {
        var shared = NotRuledOut(reading, offered)
            .Select(id => (Id: id, Count: Shared(id, reading)))
            .OrderByDescending(s => s.Count).ToList();
        if (shared.Count == 0 || shared[0].Count == 0) return null;
        if (shared.Count == 1 || shared[0].Count > shared[1].Count) return shared[0].Id;
        var tied = shared.TakeWhile(s => s.Count == shared[0].Count).Select(s => scorer.ConceptsOf(s.Id)!).ToList();
        var plain = shared.Take(tied.Count).Where((_, k) => tied[k]
            .Where(c => !reading.Concepts.Contains(c) && tied.Any(other => !other.Contains(c)))
            .All(vocabulary.Unmarked.Contains)).Select(s => s.Id).ToList();
        return plain is [var one] ? one : null;
    }

    /// <summary>
    /// The one of <paramref name="offered"/> a reply read on its own as another metric, <paramref name="read"/>, describes
    /// better than that metric: "after discounts" reads as the discount amount, yet says only what net GMV has (net). Null when the metric read holds as much of the reply ("访客数", "订单数" after
    /// order amounts: a question of its own) or no offered one fits (<see cref="Among"/>).
    /// </summary>
    public string? Outfitting(ConceptReading reading, IReadOnlyList<string> offered, string read) =>
        Among(reading, offered) is { } fits && Shared(fits, reading) > Shared(read, reading) ? fits : null;

    private int Shared(string id, ConceptReading reading) => scorer.ConceptsOf(id)?.Count(reading.Concepts.Contains) ?? 0;

    /// <summary>Those of <paramref name="offered"/> with no state the reading says did not happen ("before any payment" rules out paid GMV).</summary>
    public IReadOnlyList<string> NotRuledOut(ConceptReading reading, IReadOnlyList<string> offered) =>
        reading.Negated.Count == 0 ? offered : [.. offered.Where(id => !(scorer.ConceptsOf(id)?.Overlaps(reading.Negated) ?? false))];
}
