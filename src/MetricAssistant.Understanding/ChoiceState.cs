using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Concepts;
using MetricAssistant.Understanding.Coverage;
using MetricAssistant.Understanding.Examples;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Parsing;
using MetricAssistant.Understanding.Retrieval;
using MetricAssistant.Understanding.Text;
using MetricAssistant.Understanding.Time;
using MetricAssistant.Understanding.Timing;
using static MetricAssistant.Understanding.MatchRules;

namespace MetricAssistant.Understanding;

/// <summary>
/// One question's metric choice as far as it has gone, shared by its stages: the terms still read as names, the metrics
/// chosen, the notices, the concept reading, and the question read whole (names' words included) once a step first asks.
/// </summary>
internal sealed class ChoiceState(QuestionScan scan, ConceptReader concepts, Func<string, bool>? allow)
{
    private ConceptReading? whole;

    public QuestionScan Scan => scan;

    public string Text => scan.Text;

    public Func<string, bool>? Allow => allow;

    /// <summary>The metrics an accepted example or the asker's choice decided; null when the question decides them.</summary>
    public required MetricChoice? Learned { get; init; }

    public required string ExampleKey { get; init; }

    /// <summary>"units sold by category, and also the inventory on hand": the clause named as not governed.</summary>
    public required IReadOnlyList<TermMatch> Apart { get; init; }

    public required MetricNameRoles Named { get; init; }

    public required MetricChoice Choice { get; init; }

    public required IReadOnlyList<TermMatch> Matches { get; set; }

    public required List<string> Metrics { get; set; }

    public required List<Notice> Notices { get; init; }

    /// <summary>Names read as the rows of another, though no metric asked.</summary>
    public required List<TermMatch> RowNames { get; init; }

    public required ConceptReading Reading { get; set; }

    public IReadOnlyList<(string MetricId, TextSpan Span)> Negated { get; set; } = [];

    public IReadOnlyList<(string MetricId, TextSpan Span)> Owned { get; set; } = [];

    public (string MetricId, int Start, int Length)? Difference { get; set; }

    public IReadOnlyList<TextSpan> Departments { get; set; } = [];

    public TermMatch? FuzzyMatch { get; set; }

    public Ranking? Ranking { get; set; }

    /// <summary>A lone name ruled out ("skip the paid orders, …") is read, its words describing nothing asked.</summary>
    public static ConceptReading Unnamed(MetricNameRoles named, ConceptReading read) => named.RuledOutNames.Count == 0 ? read
        : new([.. read.Mentions.Select(m => named.RuledOutNames.Any(n => m.Span.Start >= n.Start && m.Span.End <= n.End) ? m with { Concepts = [] } : m)]);

    /// <summary>The question read whole, names' words included: once, when a step first asks for it (matches are final by then).</summary>
    public ConceptReading Whole() => whole ??= Unnamed(Named, TermReader.ReadConcepts(concepts, Text, Matches.Where(m => !IsMetric(m)).ToList(), scan.Blocked, scan.PeriodAsked, scan.PeriodEnd));

    /// <summary>The reading and the question read whole, both replaced.</summary>
    public void Replace(ConceptReading reading, ConceptReading wholeReading) => (Reading, whole) = (reading, wholeReading);

    /// <summary>A decision that is no answer ends the reading: not found with its nearest (those the asker may see), or asked back.</summary>
    public UnderstandingResult? Stop(ConceptDecision decision) => decision.Verdict switch
    {
        ConceptVerdict.NotFound => UnderstandingResult.NotFound(scan.Language, Allowed(decision.Metrics, allow)),
        ConceptVerdict.Clarify => UnderstandingResult.Clarify(scan.Language, decision.Metrics),
        _ => null,
    };

    public static IReadOnlyList<string> Allowed(IEnumerable<string> ids, Func<string, bool>? allow) =>
        ids.Where(id => allow is null || allow(id)).ToArray();
}
