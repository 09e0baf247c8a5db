namespace MetricAssistant.Api.Identity;

/// <summary>
/// On a route group: an endpoint whose bound <see cref="ResolvedCaller"/> did not authenticate is answered
/// with a 401 ProblemDetails (detail: "authentication required" or "invalid credentials"), or a 403 when the token's
/// groups could not be had ("groups unavailable: …", see <see cref="GroupsOverage"/>), and never runs.
/// Endpoints without a <see cref="ResolvedCaller"/> pass through.
/// </summary>
public sealed class CallerFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        foreach (var argument in context.Arguments)
        {
            if (argument is ResolvedCaller { Problem: { } problem })
                return TypedResults.Problem(problem, statusCode: problem.StartsWith(CallerResolver.GroupsUnavailable, StringComparison.Ordinal)
                    ? StatusCodes.Status403Forbidden
                    : StatusCodes.Status401Unauthorized);
        }
        return await next(context);
    }
}
