using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Governance.Requests;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MetricAssistant.Api.Endpoints;

/// <summary>A <see cref="RequestFailure"/> as HTTP: 400 invalid or unknown caller, 403 with the reason, 404, 409.</summary>
public static class RequestProblems
{
    public static JsonHttpResult<RequestErrorBody> From(RequestFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var (code, status, title) = failure.Kind switch
        {
            RequestFailureKind.Forbidden => (StatusCodes.Status403Forbidden, "forbidden", "Forbidden"),
            RequestFailureKind.NotFound => (StatusCodes.Status404NotFound, "not_found", "Not found"),
            RequestFailureKind.Conflict => (StatusCodes.Status409Conflict, "conflict", "Conflict"),
            RequestFailureKind.UnknownCaller => (StatusCodes.Status400BadRequest, "invalid", "Unknown caller"),
            _ => (StatusCodes.Status400BadRequest, "invalid", "Invalid"),
        };
        return TypedResults.Json(new RequestErrorBody(status, new ErrorDto(failure.Code, failure.Message, failure.Suggestions ?? []), failure.Message, title, failure.Message),
            statusCode: code);
    }

    /// <summary>The demo user of a call: the query's or body's <c>user</c>, else the <c>X-User</c> header.</summary>
    public static string? User(HttpContext http, string? user)
    {
        ArgumentNullException.ThrowIfNull(http);
        return !string.IsNullOrWhiteSpace(user) ? user : http.Request.Headers["X-User"].ToString() is { Length: > 0 } header ? header : null;
    }
}
