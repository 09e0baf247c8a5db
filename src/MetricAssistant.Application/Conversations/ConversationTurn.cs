using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Parsing;

namespace MetricAssistant.Application.Conversations;

/// <summary>
/// A turn of a conversation: what was asked and the query it was understood as, before the asker's scope was
/// added (scope is applied afresh to every question), and when; and which end a ranking named (best, worst,
/// highest, lowest), so that a follow-up with another metric judges it again. A question asked back
/// (<see cref="Offered"/> not empty) keeps the query of the last answered turn, if any, as the context follow-ups
/// still read against, and the metrics it offered, which a reply in words may choose ("the paid one").
/// </summary>
public sealed record ConversationTurn(string Question, SemanticQuery? Query, DateTimeOffset At, RankingEnd? Ranking = null)
{
    /// <summary>The metrics this turn's clarification offered for <see cref="Question"/>; empty for an answered turn.</summary>
    public IReadOnlyList<string> Offered { get; init; } = [];

    /// <summary>
    /// The dimensions the conversation has split by since its last new question, this turn's answered split included: two or
    /// more values of one of them are compared by it again ("只看天猫和京东" after "各渠道", "只看天猫", "那京东呢").
    /// </summary>
    public IReadOnlyList<string> Splits { get; init; } = [];

    /// <summary>
    /// For a question understood but invalid (a split the metric does not have), the answered turn before it: a follow-up
    /// that mends the invalid question by taking a part away reads against <see cref="Query"/>, any other against this.
    /// </summary>
    public ConversationTurn? AnsweredBefore { get; init; }
}
