namespace MetricAssistant.Application.Governance.Requests;

/// <summary>
/// <c>POST /api/requests</c>: <c>{ "title", "question", "description", "user" }</c>. The question (what was asked when
/// nothing answered) is required; the title defaults to the question.
/// </summary>
public sealed record CreateRequestBody(string? Title, string? Question, string? Description, string? User);
