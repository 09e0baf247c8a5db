namespace MetricAssistant.Application.Governance.Requests;

/// <summary><c>POST /api/requests/{id}/comments</c>: <c>{ "comment", "user" }</c> (<c>text</c> is accepted for <c>comment</c>).</summary>
public sealed record RequestCommentBody(string? Comment, string? User, string? Text = null);
