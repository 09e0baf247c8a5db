using MetricAssistant.QueryModel;

namespace MetricAssistant.Application.Conversations;

/// <summary>
/// An answered question of a conversation: what was asked and the query it was understood as, before
/// the asker's scope was added (scope is applied afresh to every question), and when.
/// </summary>
public sealed record ConversationTurn(string Question, SemanticQuery Query, DateTimeOffset At);
