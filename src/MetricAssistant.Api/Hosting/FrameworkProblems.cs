using Microsoft.AspNetCore.Http;

namespace MetricAssistant.Api.Hosting;

/// <summary>
/// The 400s ASP.NET answers by itself — a query or route value of the wrong type (<c>top=abc</c>), a body
/// that is not JSON or not in the endpoint's shape — reach the status code pages with no detail; this
/// gives them one that says what to check, without echoing what was sent.
/// </summary>
public static class FrameworkProblems
{
    public const string BadRequestDetail =
        "The request could not be read: a query-string or route value has the wrong type, or the body is not JSON in the documented shape (see /api/docs).";

    public static void Describe(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ProblemDetails.Status == StatusCodes.Status400BadRequest && string.IsNullOrEmpty(context.ProblemDetails.Detail))
            context.ProblemDetails.Detail = BadRequestDetail;
    }
}
