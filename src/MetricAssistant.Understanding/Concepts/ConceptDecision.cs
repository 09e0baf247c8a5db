namespace MetricAssistant.Understanding.Concepts;

/// <summary>The metric(s) a question's description points at, ranked, with the verdict on them.</summary>
public sealed record ConceptDecision(ConceptVerdict Verdict, IReadOnlyList<string> Metrics)
{
    public static readonly ConceptDecision None = new(ConceptVerdict.None, []);

    public static ConceptDecision Answer(string metric) => new(ConceptVerdict.Answer, [metric]);

    public static ConceptDecision Clarify(IReadOnlyList<string> metrics) => new(ConceptVerdict.Clarify, metrics);
}
