using MetricAssistant.Application.Contracts;

namespace MetricAssistant.Application.Feedback;

/// <summary>
/// 👍 (<c>helpful: true</c>) or 👎 on an answer, with an optional comment; <c>user</c> is the demo user. A 👍 that
/// brings back the answer's <c>query</c> (and its question) is also learned as an example of that question.
/// </summary>
public sealed record FeedbackRequest(string? Question, string? MetricId, bool? Helpful, string? Comment, string? User, QueryDto? Query = null);
