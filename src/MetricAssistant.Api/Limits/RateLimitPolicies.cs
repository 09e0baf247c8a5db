using System.Globalization;
using System.Threading.RateLimiting;
using MetricAssistant.Application.Contracts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Api.Limits;

/// <summary>
/// The rate-limit policies endpoints opt into (<see cref="Answers"/>, <see cref="Teams"/>, <see cref="Governance"/>):
/// token buckets partitioned by caller, and the 429 they answer — <c>Retry-After</c> and a JSON error body.
/// </summary>
public static class RateLimitPolicies
{
    public const string Answers = "answers";
    public const string Teams = "teams";
    public const string Governance = "governance";

    private static readonly TimeSpan Period = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddCallerRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
            limiter.AddPolicy(Answers, http => Partition(http, o => o.AnswersPerMinute, byUser: true));
            limiter.AddPolicy(Teams, http => Partition(http, o => o.TeamsPerMinute, byUser: false));
            limiter.AddPolicy(Governance, http => Partition(http, o => o.GovernancePerMinute, byUser: true));
        });
        return services;
    }

    /// <summary>
    /// The caller's bucket: the authenticated user's id, else the connection's address. Headers (X-User,
    /// X-Forwarded-For) are not read: a spoofed header cannot buy a fresh bucket.
    /// </summary>
    public static string PartitionKey(HttpContext http, bool byUser)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (byUser && http.User.Identity is { IsAuthenticated: true } identity)
            return "user:" + (identity.Name ?? http.User.FindFirst("sub")?.Value ?? http.User.FindFirst("oid")?.Value ?? "unnamed");
        return "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "local");
    }

    private static RateLimitPartition<string> Partition(HttpContext http, Func<RateLimitOptions, int> perMinute, bool byUser)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        if (!options.Enabled) return RateLimitPartition.GetNoLimiter("off");
        var limit = perMinute(options);
        return RateLimitPartition.GetTokenBucketLimiter($"{limit}|{PartitionKey(http, byUser)}", _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = limit,
            // A sixth of the minute's budget every ten seconds: a burst may use the whole bucket, then it refills steadily.
            TokensPerPeriod = Math.Max(1, (int)Math.Ceiling(limit / 6.0)),
            ReplenishmentPeriod = Period,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry)
            ? Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds))
            : (int)Period.TotalSeconds;
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var message = $"Too many requests from this caller; try again in {seconds} seconds.";
        await response.WriteAsJsonAsync(new RateLimitedBody("rate_limited", new ErrorDto("rate_limited", message, []), seconds, "Too many requests", message), cancellationToken);
    }
}
