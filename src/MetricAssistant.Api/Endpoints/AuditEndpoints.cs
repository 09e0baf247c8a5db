using MetricAssistant.Application.Audit;
using MetricAssistant.Application.Time;
using MetricAssistant.Infrastructure.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Api.Endpoints;

/// <summary>Who may read the audit trail. Registered by the host; without one, nobody may (403).</summary>
public interface IAuditAccess
{
    bool IsAdmin(HttpContext context);
}

/// <summary>An <see cref="IAuditAccess"/> from a delegate, for the host to wire its own check.</summary>
public sealed class DelegateAuditAccess(Func<HttpContext, bool> isAdmin) : IAuditAccess
{
    public bool IsAdmin(HttpContext context) => isAdmin(context);
}

/// <summary>One page of the audit trail, newest first.</summary>
public sealed record AuditPage(int Count, int Limit, IReadOnlyList<AuditEntry> Entries);

public static class AuditEndpoints
{
    /// <summary>
    /// GET /api/audit?user=&amp;status=&amp;metric=&amp;from=&amp;to=&amp;limit=: the audit trail for admins, newest first.
    /// The admin check is the registered <see cref="IAuditAccess"/>; none registered means 403 for everyone.
    /// </summary>
    /// <remarks>Returns the builder it was given, so on a route group conventions chain: <c>app.MapGroup("").MapAuditEndpoints().RequireCaller(identity)</c>.</remarks>
    public static TBuilder MapAuditEndpoints<TBuilder>(this TBuilder app) where TBuilder : IEndpointRouteBuilder =>
        Map(app, context => context.RequestServices.GetService<IAuditAccess>());

    /// <summary>The same endpoint with the admin check given as a delegate instead of a registered <see cref="IAuditAccess"/>.</summary>
    public static TBuilder MapAuditEndpoints<TBuilder>(this TBuilder app, Func<HttpContext, bool> isAdmin) where TBuilder : IEndpointRouteBuilder
    {
        ArgumentNullException.ThrowIfNull(isAdmin);
        var access = new DelegateAuditAccess(isAdmin);
        return Map(app, _ => access);
    }

    private static TBuilder Map<TBuilder>(TBuilder app, Func<HttpContext, IAuditAccess?> access) where TBuilder : IEndpointRouteBuilder
    {
        app.MapGet("/api/audit", (HttpContext context, string? user, string? status, string? metric, string? from, string? to, string? limit, CancellationToken cancellationToken) =>
                ReadAsync(context, access(context), user, status, metric, from, to, limit, cancellationToken))
            .WithTags("audit")
            .WithSummary("Read the audit trail (admins only)")
            .WithDescription("Every answer and refusal, newest first. Filters: user, status, metric (exact), from (inclusive) and to (exclusive) as ISO 8601 " +
                "(without an offset: the organisation's time zone), limit 1–1000 (default 100). Malformed filters: 400; not an admin: 403.")
            .Produces<AuditPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    private static async Task<Results<Ok<AuditPage>, ProblemHttpResult>> ReadAsync(HttpContext context, IAuditAccess? access,
        string? user, string? status, string? metric, string? from, string? to, string? limit, CancellationToken cancellationToken)
    {
        if (access is null || !access.IsAdmin(context))
        {
            return TypedResults.Problem(
                title: "Forbidden",
                detail: access is null ? "The audit trail is not readable: no admin check is configured." : "Only admins may read the audit trail.",
                statusCode: StatusCodes.Status403Forbidden);
        }
        var zone = OrganizationZone(context.RequestServices);
        if (!AuditQueryRules.TryParse(user, status, metric, from, to, limit, zone, out var query, out var problems))
        {
            return TypedResults.Problem(
                title: "Invalid audit filter",
                detail: string.Join(" ", problems),
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["problems"] = problems });
        }
        var log = context.RequestServices.GetService<IAuditLog>();
        if (log is null)
        {
            return TypedResults.Problem(title: "Audit trail unavailable", detail: "No audit log is configured (Audit:Store).", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        var entries = await log.ReadAsync(query, cancellationToken);
        return TypedResults.Ok(new AuditPage(entries.Count, query.Limit, entries));
    }

    private static TimeZoneInfo OrganizationZone(IServiceProvider services)
    {
        var name = services.GetService<IOptions<OrganizationOptions>>()?.Value.TimeZone;
        return name is not null && TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) ? zone : TimeZoneInfo.Utc;
    }
}
