namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// One phrase of the question read as concepts: "付过款" at 5, two characters … → paid. <see cref="Negated"/>: the question
/// says it did not happen ("没取消的"); its concepts are then no part of what is asked (<see cref="ConceptReading.Concepts"/>).
/// </summary>
public sealed record ConceptMention(TextSpan Span, string Text, IReadOnlyList<string> Concepts, bool Negated = false);
