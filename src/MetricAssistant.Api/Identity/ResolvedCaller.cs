using MetricAssistant.Application.Security;

namespace MetricAssistant.Api.Identity;

/// <summary>
/// Who the request's credentials make the caller, bound once per endpoint by <see cref="BindAsync"/>
/// (the rules are <see cref="CallerResolver"/>'s): <see cref="Authenticated"/> for a valid token or API
/// key; null with demo identities on and no credentials (the application service then resolves the
/// request's demo <c>user</c>); or a <see cref="Problem"/> ("authentication required", "invalid
/// credentials"), which <see cref="CallerFilter"/> answers with 401 before the endpoint runs.
/// </summary>
public sealed record ResolvedCaller(Caller? Authenticated, string? Problem)
{
    public static ValueTask<ResolvedCaller?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = context.RequestServices.GetRequiredService<CallerResolver>().Resolve(context, out var problem);
        return ValueTask.FromResult<ResolvedCaller?>(new ResolvedCaller(caller, problem));
    }
}
