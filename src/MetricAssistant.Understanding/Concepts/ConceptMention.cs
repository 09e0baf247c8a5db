namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// One phrase of the question read as concepts: "付过款" at 5, two characters … → paid. <see cref="Negated"/>: the question
/// says it did not happen ("没取消的"); its concepts are then no part of what is asked (<see cref="ConceptReading.Concepts"/>).
/// </summary>
public sealed record ConceptMention(TextSpan Span, string Text, IReadOnlyList<string> Concepts, bool Negated = false)
{
    /// <summary>
    /// What an inclusion word counts in ("取消的也算": cancelled), taken out of <see cref="Concepts"/>: a state counted in widens
    /// what is counted, it is never the thing asked. <see cref="IncludedUnhappened"/>: said not to have happened ("没付款的也要算进去").
    /// </summary>
    public IReadOnlyList<string> Included { get; init; } = [];

    public bool IncludedUnhappened { get; init; }

    /// <summary>
    /// What an exclusion word left out ("新注册的不算": new), taken out of <see cref="Concepts"/>: no part of what is asked, but
    /// a meaning of an unclear word it names is ruled out (RuledOutMeanings).
    /// </summary>
    public IReadOnlyList<string> Excluded { get; init; } = [];

    /// <summary>A word of the amount said beside it moving ("涨了", "went down"): its change from the period before is asked (<see cref="MovementWords"/>).</summary>
    public bool Moved { get; init; }
}
