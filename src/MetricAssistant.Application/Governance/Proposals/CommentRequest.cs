namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>POST /api/proposals/{id}/comments: a comment (<c>text</c>, or <c>comment</c> as reviews name it).</summary>
public sealed record CommentRequest(string? Text, string? Comment, string? User);
