namespace MetricAssistant.Application.Learning;

/// <summary>
/// Sent with a question that answers a clarification (<c>"choice": { "question": "上个月的转化率", "metricId": "conversion_rate" }</c>):
/// the question first asked and the metric chosen, so that the choice is learned as an example of that question.
/// </summary>
public sealed record ClarificationChoice(string? Question, string? MetricId);
