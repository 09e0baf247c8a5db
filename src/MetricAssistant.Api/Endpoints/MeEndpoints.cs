using MetricAssistant.Api.Identity;
using MetricAssistant.Application.Identity;
using MetricAssistant.Application.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Api.Endpoints;

public static class MeEndpoints
{
    /// <summary>
    /// GET /api/me?user=: the caller as the API resolves it, by the same rules as /api/ask. With demo identities
    /// off and no (or bad) credentials: 401 ProblemDetails naming the ways to sign in, so a page can ask for them.
    /// Not behind the caller policy on purpose: it answers "who am I" with a readable 401 instead of a bare challenge.
    /// </summary>
    public static RouteGroupBuilder MapMeEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/api/me", Me)
            .WithTags("identity")
            .WithSummary("Who the service takes the caller to be")
            .WithDescription("Demo identities on: the demo user named by ?user= (default: the configured default user), and the list of demo users. " +
                "Off: the caller of the bearer token or X-Api-Key; 401 ProblemDetails (with signInMethods) without valid credentials.")
            .Produces<MeResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return group;
    }

    private static Results<Ok<MeResponse>, ProblemHttpResult> Me(string? user, ResolvedCaller resolved, RequestContext context, IOptions<CallerAuthOptions> auth)
    {
        if (resolved.Problem is { } problem) return SignInRequired(problem, auth.Value, context.DemoIdentities);

        var (caller, _, error) = context.Resolve(resolved.Authenticated, user, null);
        if (caller is null)
        {
            return TypedResults.Problem(title: "Unknown caller", detail: error?.Message, statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["code"] = error?.Code, ["suggestions"] = error?.Suggestions });
        }

        var demoUsers = context.DemoUsers.Select(u => new DemoUserDto(u.Id, u.Name ?? u.Id, u.Roles)).ToArray();
        var kind = caller.Kind switch { CallerKind.Demo => "demo", CallerKind.System => "system", _ => "authenticated" };
        return TypedResults.Ok(new MeResponse(caller.UserId, string.IsNullOrWhiteSpace(caller.DisplayName) ? caller.UserId : caller.DisplayName, caller.Roles, kind, context.DemoIdentities, demoUsers));
    }

    /// <summary>The 401 a sign-in panel reads: why, and which ways of signing in this deployment accepts.</summary>
    private static ProblemHttpResult SignInRequired(string problem, CallerAuthOptions options, bool demoIdentities)
    {
        var methods = new List<string>();
        if (options.HasMetadataSource && options.EffectiveAudiences.Count > 0) methods.Add("bearer");
        if (options.ApiKeys.Count > 0) methods.Add("apiKey");
        var invalid = problem == CallerResolver.InvalidCredentials;
        return TypedResults.Problem(
            title: invalid ? "Invalid credentials" : "Sign-in required",
            detail: invalid
                ? "The token or API key was not accepted (unknown, expired or for another audience)."
                : "This service identifies callers by a bearer token or an API key (header " + CallerAuthDefaults.ApiKeyHeader + ").",
            statusCode: StatusCodes.Status401Unauthorized,
            extensions: new Dictionary<string, object?> { ["code"] = problem, ["demoIdentities"] = demoIdentities, ["signInMethods"] = methods });
    }
}
