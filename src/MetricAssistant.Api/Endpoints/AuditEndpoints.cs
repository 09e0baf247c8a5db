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

    /// <summary>Null when the caller may read, replay and verify the audit; otherwise why not (the 403's reason).</summary>
    string? Refusal(HttpContext context) => IsAdmin(context) ? null : "Only callers with the audit right may read the audit trail.";
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
            .WithSummary("Read the audit trail (auditors only)")
            .WithDescription("Every answer and refusal, newest first. Filters: user, status, metric (exact), from (inclusive) and to (exclusive) as ISO 8601 " +
                "(without an offset: the organisation's time zone), limit 1–1000 (default 100). Malformed filters: 400; without the audit right: 403.")
            .Produces<AuditPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        app.MapGet("/api/audit/verify", (HttpContext context, CancellationToken cancellationToken) => VerifyAsync(context, access(context), cancellationToken))
            .WithTags("audit")
            .WithSummary("Check the audit trail's hash chain (auditors only)")
            .WithDescription("Walks every entry in order: valid, or the first bad entry (altered, deleted before it, inserted, reordered). " +
                "headSeq and headHash are the last good link: keep them elsewhere to tell later that nothing was cut off the end.")
            .Produces<AuditVerification>()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        app.MapPost("/api/audit/{id}/replay", (HttpContext context, string id, CancellationToken cancellationToken) => ReplayAsync(context, access(context), id, cancellationToken))
            .WithTags("audit")
            .WithSummary("Rerun an audited answer and compare its rows (auditors only)")
            .WithDescription("Reruns the entry's SQL with its recorded parameters on the warehouse: identical, or why not (data_changed: the watermark moved; " +
                "definition_changed: a metric's version differs from the current one; data_and_definition_changed; rows_differ; not_replayable). Unknown id: 404.")
            .Produces<AuditReplayResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static ProblemHttpResult? Forbidden(HttpContext context, IAuditAccess? access)
    {
        var reason = access is null ? "The audit trail is not readable: no audit check is configured." : access.Refusal(context);
        return reason is null ? null : TypedResults.Problem(title: "Forbidden", detail: reason, statusCode: StatusCodes.Status403Forbidden,
            extensions: new Dictionary<string, object?> { ["reason"] = reason });
    }

    private static async Task<Results<Ok<AuditVerification>, ProblemHttpResult>> VerifyAsync(HttpContext context, IAuditAccess? access, CancellationToken cancellationToken)
    {
        if (Forbidden(context, access) is { } forbidden) return forbidden;
        if (context.RequestServices.GetService<IAuditLog>() is not IAuditChain chain)
            return TypedResults.Problem(title: "Audit chain unavailable", detail: "The configured audit log keeps no hash chain (Audit:Store is none).", statusCode: StatusCodes.Status503ServiceUnavailable);
        return TypedResults.Ok(await chain.VerifyAsync(cancellationToken));
    }

    private static async Task<Results<Ok<AuditReplayResult>, ProblemHttpResult>> ReplayAsync(HttpContext context, IAuditAccess? access, string id, CancellationToken cancellationToken)
    {
        if (Forbidden(context, access) is { } forbidden) return forbidden;
        if (!long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var entryId) || entryId < 1)
            return TypedResults.Problem(title: "Invalid entry id", detail: $"The entry id must be a positive whole number (was '{(id.Length > 40 ? id[..40] + "…" : id)}').", statusCode: StatusCodes.Status400BadRequest);
        var replay = context.RequestServices.GetRequiredService<AuditReplayService>();
        var result = await replay.ReplayAsync(entryId, cancellationToken);
        return result is null
            ? TypedResults.Problem(title: "Not found", detail: $"There is no audit entry {entryId}.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<AuditPage>, ProblemHttpResult>> ReadAsync(HttpContext context, IAuditAccess? access,
        string? user, string? status, string? metric, string? from, string? to, string? limit, CancellationToken cancellationToken)
    {
        if (Forbidden(context, access) is { } forbidden) return forbidden;
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
