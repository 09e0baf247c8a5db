using MetricAssistant.Application.Contracts;

namespace MetricAssistant.Api.Endpoints;

/// <summary>
/// A refused requests or inbox call: <c>status</c> (<c>invalid</c>, <c>forbidden</c>, <c>not_found</c>, <c>conflict</c>),
/// <c>error.code/message/suggestions</c> as answers carry them, and <c>reason</c> (the message) as 403s name it.
/// </summary>
public sealed record RequestErrorBody(string Status, ErrorDto Error, string Reason, string Title, string Detail);
