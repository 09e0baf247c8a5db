using MetricAssistant.Api.Identity;
using MetricAssistant.Application.Identity;
using MetricAssistant.Application.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MetricAssistant.Application.Catalog;

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

    private static Results<Ok<MeResponse>, ProblemHttpResult> Me(string? user, HttpContext http, CallerResolver callers, RequestContext context,
        ICatalogProvider catalogs, IOptions<IdentityOptions> identity, IOptions<CallerAuthOptions> auth)
    {
        var demo = identity.Value.DemoIdentities;
        var authenticated = callers.Resolve(http, user, out var authError);
        if (authError is not null)
        {
            var options = auth.Value;
            var methods = new List<string>();
            if (options.HasMetadataSource && options.EffectiveAudiences.Count > 0) methods.Add("bearer");
            if (options.ApiKeys.Count > 0) methods.Add("apiKey");
            return TypedResults.Problem(
                title: authError == CallerResolver.InvalidCredentials ? "Invalid credentials" : "Sign-in required",
                detail: authError == CallerResolver.InvalidCredentials
                    ? "The token or API key was not accepted (unknown, expired or for another audience)."
                    : "This service identifies callers by a bearer token or an API key (header " + CallerAuthDefaults.ApiKeyHeader + ").",
                statusCode: StatusCodes.Status401Unauthorized,
                extensions: new Dictionary<string, object?> { ["code"] = authError, ["demoIdentities"] = demo, ["signInMethods"] = methods });
        }

        var (caller, _, error) = context.Resolve(authenticated, user, null);
        if (error is not null || caller is null)
        {
            return TypedResults.Problem(title: "Unknown caller", detail: error?.Message ?? "No caller.", statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["code"] = error?.Code, ["suggestions"] = error?.Suggestions });
        }

        var demoUsers = demo
            ? catalogs.Current.Access.Users.Select(u => new DemoUserDto(u.Id, u.Name ?? u.Id, u.Roles)).ToArray()
            : [];
        var kind = caller.Kind switch { CallerKind.Demo => "demo", CallerKind.System => "system", _ => "authenticated" };
        return TypedResults.Ok(new MeResponse(caller.UserId, string.IsNullOrWhiteSpace(caller.DisplayName) ? caller.UserId : caller.DisplayName, caller.Roles, kind, demo, demoUsers));
    }
}
