namespace MetricAssistant.Application.Feedback;

/// <summary>One 👍/👎 on an answer, with an optional comment, as the asker left it.</summary>
public sealed record FeedbackEntry(DateTimeOffset Time, string UserId, string? Question, string? MetricId, bool Helpful, string? Comment);
