using MetricAssistant.Api.Identity;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MetricAssistant.Api.Endpoints;

/// <summary>
/// The catalog-reading endpoints' caller: the authenticated one, else (demo identities on) the <c>user</c> query
/// parameter or the <c>X-User</c> header, as the other endpoints take it; and the problem when there is none.
/// </summary>
internal static class DefinitionReaders
{
    public static string? DemoUser(string? user, HttpContext http) =>
        user ?? (http.Request.Headers["X-User"].ToString() is { Length: > 0 } header ? header : null);

    public static (Caller? Caller, ProblemHttpResult? Problem) Reader(DefinitionGate gate, ResolvedCaller resolved, string? user, HttpContext http)
    {
        var (caller, refusal) = gate.Reader(resolved.Authenticated, DemoUser(user, http));
        return caller is null ? (null, CallerProblem(refusal!)) : (caller, null);
    }

    /// <summary>401 when the service wants a signed-in caller, 400 for an unknown demo user.</summary>
    public static ProblemHttpResult CallerProblem(DefinitionRefusal refusal)
    {
        var status = refusal.Error.Code == "authentication_required" ? StatusCodes.Status401Unauthorized : StatusCodes.Status400BadRequest;
        return TypedResults.Problem(title: refusal.Error.Code, detail: refusal.Error.Message, statusCode: status, extensions: new Dictionary<string, object?>
        {
            ["error"] = new { code = refusal.Error.Code, message = refusal.Error.Message, suggestions = refusal.Error.Suggestions },
            ["suggestions"] = refusal.Error.Suggestions,
        });
    }
}
