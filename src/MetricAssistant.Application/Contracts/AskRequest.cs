using MetricAssistant.Application.Learning;

namespace MetricAssistant.Application.Contracts;

/// <summary>
/// A question: <c>{ "question": "上个月华东区各渠道的GMV", "user": "east_wang", "now": "2025-07-15T10:00:00" }</c>.
/// A question that answers a clarification carries the <see cref="Choice"/> made, which is learned as an example.
/// </summary>
public sealed record AskRequest(string? Question, string? User = null, string? Now = null, string? ConversationId = null, ClarificationChoice? Choice = null);
