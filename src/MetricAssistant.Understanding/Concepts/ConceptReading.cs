namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// The concepts a question describes and the parts of it each came from: <see cref="Consumed"/> lists
/// every span the concept reader accounted for, so that a question can be checked for parts nobody read.
/// </summary>
public sealed record ConceptReading(IReadOnlyList<ConceptMention> Mentions)
{
    public static readonly ConceptReading Empty = new([]);

    public IReadOnlySet<string> Concepts { get; } = Mentions.Where(m => !m.Negated).SelectMany(m => m.Concepts).ToHashSet(StringComparer.Ordinal);

    /// <summary>What the question says did not happen ("没付款的订单": paid).</summary>
    public IReadOnlySet<string> Negated { get; } = Mentions.Where(m => m.Negated).SelectMany(m => m.Concepts).ToHashSet(StringComparer.Ordinal);

    /// <summary>The states an inclusion word counts in ("取消的也算": cancelled): a metric whose filters leave them out is not the reading.</summary>
    public IReadOnlySet<string> Included { get; } = Mentions.Where(m => !m.IncludedUnhappened).SelectMany(m => m.Included).ToHashSet(StringComparer.Ordinal);

    /// <summary>The states whose absence is counted in ("没付款的也要算进去": paid): a metric counting only rows in them is not the reading.</summary>
    public IReadOnlySet<string> IncludedUnhappened { get; } = Mentions.Where(m => m.IncludedUnhappened).SelectMany(m => m.Included).ToHashSet(StringComparer.Ordinal);

    /// <summary>"毛利涨了多少", "how much did refunds go up": the change of what moved is asked, not its amount.</summary>
    public bool ChangeAsked { get; } = Mentions.Any(m => m.Moved && !m.Negated);

    public IReadOnlyList<TextSpan> Consumed => Mentions.Select(m => m.Span).ToArray();

    public bool Has(string concept) => Concepts.Contains(concept);

    /// <summary>The concepts read outside the given spans (what a question says besides a metric's name).</summary>
    public IReadOnlySet<string> Outside(IEnumerable<TextSpan> spans)
    {
        var taken = spans.ToArray();
        return Mentions.Where(m => !taken.Any(t => m.Span.Start < t.End && t.Start < m.Span.End))
            .SelectMany(m => m.Concepts).ToHashSet(StringComparer.Ordinal);
    }
}
