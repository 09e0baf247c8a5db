using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Parsing;

namespace MetricAssistant.Application.Conversations;

/// <summary>
/// An answered question of a conversation: what was asked and the query it was understood as, before
/// the asker's scope was added (scope is applied afresh to every question), and when; and which end a
/// ranking named (best, worst, highest, lowest), so that a follow-up with another metric judges it again.
/// </summary>
public sealed record ConversationTurn(string Question, SemanticQuery Query, DateTimeOffset At, RankingEnd? Ranking = null);
