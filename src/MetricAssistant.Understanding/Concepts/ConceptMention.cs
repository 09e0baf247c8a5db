namespace MetricAssistant.Understanding.Concepts;

/// <summary>One phrase of the question read as concepts: "付过款" at 5, two characters … → paid.</summary>
public sealed record ConceptMention(TextSpan Span, string Text, IReadOnlyList<string> Concepts);
