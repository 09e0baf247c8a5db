namespace MetricAssistant.Application.Feedback;

/// <summary>👍 (<c>helpful: true</c>) or 👎 on an answer, with an optional comment; <c>user</c> is the demo user.</summary>
public sealed record FeedbackRequest(string? Question, string? MetricId, bool? Helpful, string? Comment, string? User);
