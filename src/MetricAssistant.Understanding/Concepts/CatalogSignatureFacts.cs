using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// What the readings of a question need to know of the catalog's signatures as a whole: what metrics count, the states rows
/// can be in, what money metrics say, what published metrics measure. One walk of every signature per catalog, made on
/// first use and shared by the readings (<see cref="PerUnitQuestion"/>, <see cref="NameRefinements"/>,
/// <see cref="ForeignConcepts"/>, <see cref="NegatedStates"/>, <see cref="DescribedMetricChooser"/>), not one walk each.
/// </summary>
public sealed class CatalogSignatureFacts(SemanticCatalog catalog, ConceptVocabulary vocabulary)
{
    // Lazy: a catalog none of whose questions needs them (or a start that answers none yet) is not walked for them.
    private readonly Lazy<Facts> facts = new(() => Walk(catalog, vocabulary));

    /// <summary>The concepts of what count metrics (or count parts of ratios) count: orders, customers.</summary>
    public IReadOnlySet<string> Counted => facts.Value.Counted;

    /// <summary>The concepts of the states rows can be in (paid, cancelled, placed), a metric's or a part's, that no metric counts.</summary>
    public IReadOnlySet<string> UncountedStates => facts.Value.UncountedStates;

    /// <summary>The concepts money sums say (discount, refund): the kinds of money.</summary>
    public IReadOnlySet<string> OfMoney => facts.Value.OfMoney;

    /// <summary>Every state or excluded state of a metric or its parts, as the signatures write them (not mapped to concepts).</summary>
    public IReadOnlySet<string> AnyStates => facts.Value.AnyStates;

    /// <summary>Every state of a metric itself (not of its parts), as written.</summary>
    public IReadOnlySet<string> MetricStates => facts.Value.MetricStates;

    /// <summary>Every subject of a metric itself, as written.</summary>
    public IReadOnlySet<string> Subjects => facts.Value.Subjects;

    /// <summary>
    /// What some published metric measures or filters on, people aside (people say who): its subjects and states, its
    /// parts' known words, never its defining words (see <see cref="ForeignConcepts"/>).
    /// </summary>
    public IReadOnlySet<string> MeasuredOrFiltered => facts.Value.MeasuredOrFiltered;

    /// <summary>The concepts of every word of a published metric.</summary>
    public IReadOnlySet<string> PublishedConcepts => facts.Value.PublishedConcepts;

    /// <summary>
    /// The states rows can be in as the models list them (an order shipped or completed, an appointment arrived or a
    /// no-show), whether or not a metric counts them: asking for rows in one no metric counts asks for a measure the
    /// catalog lacks ("how many completed orders" is no count of every order).
    /// </summary>
    public IReadOnlySet<string> RowStates => facts.Value.RowStates;

    /// <summary>For each state a metric itself is in (as a concept), the shapes of the metrics in it, whatever their status.</summary>
    public bool SomeMetricCountsIn(string state, SignatureShape shape) =>
        facts.Value.StateShapes.TryGetValue(state, out var shapes) && shapes.Contains(shape);

    private static Facts Walk(SemanticCatalog catalog, ConceptVocabulary vocabulary)
    {
        var f = new Facts();
        foreach (var signature in catalog.Signatures.All)
        {
            f.MetricStates.UnionWith(signature.States);
            foreach (var state in signature.States.Select(vocabulary.ConceptOf))
                (f.StateShapes.TryGetValue(state, out var shapes) ? shapes : f.StateShapes[state] = []).Add(signature.Shape);
            f.Subjects.UnionWith(signature.Subjects);
            foreach (var part in new[] { signature, signature.Numerator, signature.Denominator }.OfType<MetricSignature>())
            {
                if (part.Shape is SignatureShape.Count or SignatureShape.DistinctCount) f.Counted.UnionWith(part.Subjects.Select(vocabulary.ConceptOf));
                f.UncountedStates.UnionWith(part.States.Concat(part.Excluded).Select(vocabulary.ConceptOf));
                if (part.Shape == SignatureShape.Sum && part.Subjects.Contains(ConceptVocabulary.Money)) f.OfMoney.UnionWith(part.Words.Select(vocabulary.ConceptOf));
                f.AnyStates.UnionWith(part.States.Concat(part.Excluded));
            }
            if (catalog.FindMetric(signature.MetricId) is not { IsPublished: true }) continue;
            f.PublishedConcepts.UnionWith(signature.Words.Select(vocabulary.ConceptOf));
            // A metric's defining word (growth, a period's end) asks for that metric, which a head's reading already weighs; an
            // identifier's other words ("end" of headcount_end) are no concept people say unless they are a state (a filter's value).
            f.MeasuredOrFiltered.UnionWith(signature.Subjects.Where(vocabulary.Names.Contains).Concat(signature.States).Concat(signature.Declared)
                .Concat(signature.Numerator?.Words ?? []).Concat(signature.Denominator?.Words ?? [])
                .Where(w => vocabulary.Names.Contains(vocabulary.ConceptOf(w)) || signature.States.Contains(w)).Except(signature.Defining)
                .Select(vocabulary.ConceptOf)
                .Where(c => !vocabulary.IsPeople(c)));
        }
        foreach (var column in catalog.Models.Values.SelectMany(m => m.Columns))
            f.RowStates.UnionWith(column.Values.Select(v => vocabulary.ConceptOf(v.ToLowerInvariant())).Where(vocabulary.Names.Contains));
        // An order is counted, though an appointment's order_id makes it a state too.
        f.UncountedStates.ExceptWith(f.Counted);
        return f;
    }

    // Filled by the one walk, then only read.
    private sealed class Facts
    {
        public HashSet<string> Counted { get; } = new(StringComparer.Ordinal);
        public HashSet<string> UncountedStates { get; } = new(StringComparer.Ordinal);
        public HashSet<string> OfMoney { get; } = new(StringComparer.Ordinal);
        public HashSet<string> AnyStates { get; } = new(StringComparer.Ordinal);
        public HashSet<string> MetricStates { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Subjects { get; } = new(StringComparer.Ordinal);
        public HashSet<string> MeasuredOrFiltered { get; } = new(StringComparer.Ordinal);
        public HashSet<string> PublishedConcepts { get; } = new(StringComparer.Ordinal);
        public HashSet<string> RowStates { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, HashSet<SignatureShape>> StateShapes { get; } = new(StringComparer.Ordinal);
    }
}
