namespace MetricAssistant.Evals;

/// <summary>
/// Where a case stands in a conversation case (<c>turns:</c>, evals/CONVENTIONS.md "Conversation cases"): the
/// conversation's id, the turn's number (1-based) among <see cref="Count"/>, and for a turn that answers the previous
/// turn's clarification by a click, the metric clicked (<see cref="Choose"/>; the question is then built from the
/// previous answer, as the portal and Teams build it).
/// </summary>
public sealed record EvalTurn(string Conversation, int Number, int Count, string? Choose = null)
{
    /// <summary>Turns 2 onwards: read with the conversation's earlier turns as context.</summary>
    public bool IsFollowUp => Number > 1;

    /// <summary>The id a turn has in reports and baselines: <c>&lt;case id&gt;#&lt;n&gt;</c>.</summary>
    public static string IdOf(string conversation, int number) => $"{conversation}#{number}";

    /// <summary>What a click turn shows before it is asked (the asked question depends on the previous answer).</summary>
    public static string ChooseText(string metricId) => $"choose: {metricId}";
}
