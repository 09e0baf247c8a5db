using System.Text.Json.Serialization;
using MetricAssistant.Api.Endpoints;
using MetricAssistant.Api.Health;
using MetricAssistant.Api.Identity;
using MetricAssistant.Api.Limits;
using MetricAssistant.Bot.Hosting;
using MetricAssistant.Caching;
using MetricAssistant.Application.Identity;
using Microsoft.Extensions.Options;
using MetricAssistant.Charts;
using MetricAssistant.Demo;
using MetricAssistant.Infrastructure;
using MetricAssistant.Infrastructure.Composition;
using MetricAssistant.Planner.Llm;
using MetricAssistant.Retrieval;
using Microsoft.Extensions.Configuration.Json;
using Scalar.AspNetCore;

namespace MetricAssistant.Api.Hosting;

/// <summary>The composition root of the web service: configuration, services and the endpoint groups.</summary>
public static class ApiHost
{
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var root = RepositoryRoot.Locate();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = root.Path });
        // Under a test host the content root is the project folder; the repository's settings still come first.
        if (!string.Equals(builder.Environment.ContentRootPath.TrimEnd('/'), root.Path.TrimEnd('/'), StringComparison.Ordinal))
            builder.Configuration.Sources.Insert(0, new JsonConfigurationSource { Path = Path.Combine(root.Path, "appsettings.json"), Optional = true, FileProvider = null, ReloadOnChange = false });

        builder.Services.AddMetricAssistant(builder.Configuration, root)
            .AddMetricRetrieval(builder.Configuration)
            .AddLlmPlanner(builder.Configuration, root)
            .AddCharts(builder.Configuration)
            .AddDemoWarehouse();
        // Issue #15: answers' rows cached in memory, and in Redis when ConnectionStrings:Redis is set.
        builder.Services.AddResultCache(builder.Configuration);
        builder.Services.AddCallerAuthentication(builder.Configuration);
        builder.Services.AddTeamsBot(builder.Configuration);
        // Auditors read, replay and verify the audit trail: roles with `audit: true` in the access policy.
        builder.Services.AddSingleton<IAuditAccess, PolicyAuditAccess>();
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = FrameworkProblems.Describe);
        // Kestrel refuses a request line with raw (unencoded) bytes before the app sees it; the guard answers it with a ProblemDetails.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(listen =>
            listen.Use(next => new RequestLineGuard(next, kestrel.Limits).OnConnectionAsync)));
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        builder.Services.AddHostedService<StartupChecks>();
        // Issue #15: traces, metrics (/metrics) and logs; readiness checks for /health/ready and /api/health.
        builder.AddMetricAssistantTelemetry();
        builder.Services.AddReadinessChecks();
        // Abuse and bad input: per-caller budgets, body size and JSON depth bounds.
        builder.Services.AddCallerRateLimits(builder.Configuration);
        builder.Services.AddOptions<RequestLimitOptions>().Bind(builder.Configuration.GetSection(RequestLimitOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>().Configure<IOptions<RequestLimitOptions>>((json, limits) => json.SerializerOptions.MaxDepth = limits.Value.MaxJsonDepth);
        return builder;
    }

    public static WebApplication UseMetricAssistantApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        MetricAssistant.Api.Portal.PortalExtensions.UsePortal(app);
        app.UseMiddleware<RequestSizeGuard>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter(); // after authentication: a signed-in caller's bucket is their own, not their address's
        app.MapOpenApi();
        app.MapScalarApiReference("/api/docs");
        app.MapHealthEndpoints();
        app.MapMetricsEndpoint();
        // With demo identities off every API group needs a signed-in caller (token or API key).
        var identity = app.Services.GetRequiredService<IOptions<IdentityOptions>>().Value;
        app.MapGroup("/api/query").MapQueryEndpoints().WithTags("query").RequireCaller(identity).RequireRateLimiting(RateLimitPolicies.Answers);
        app.MapGroup("/api/metrics").MapMetricEndpoints().WithTags("catalog").RequireCaller(identity).RequireRateLimiting(RateLimitPolicies.Governance);
        app.MapGroup("").MapAskEndpoints().RequireCaller(identity).RequireRateLimiting(RateLimitPolicies.Answers);
        app.MapGroup("").MapDisplayEndpoints().RequireCaller(identity);
        app.MapGroup("").MapAuditEndpoints().WithTags("audit").RequireCaller(identity).RequireRateLimiting(RateLimitPolicies.Governance);
        app.MapGroup("").MapFeedbackEndpoints().RequireCaller(identity).RequireRateLimiting(RateLimitPolicies.Governance);
        app.MapGroup("").MapExampleEndpoints().WithTags("examples").RequireCaller(identity).RequireRateLimiting(RateLimitPolicies.Governance);
        app.MapGroup("").MapLineageEndpoints().WithTags("lineage").RequireCaller(identity).RequireRateLimiting(RateLimitPolicies.Governance);
        app.MapGroup("").MapRequestEndpoints().WithTags("requests").RequireCaller(identity).RequireRateLimiting(RateLimitPolicies.Governance);
        app.MapGroup("").MapInboxEndpoints().WithTags("inbox").RequireCaller(identity).RequireRateLimiting(RateLimitPolicies.Governance);
        app.MapGroup("").MapProposalEndpoints().WithTags("governance").RequireCaller(identity).RequireRateLimiting(RateLimitPolicies.Governance);
        // Teams authenticates with the Bot Connector's own tokens (Bot:AppId), not the API's callers.
        app.MapGroup("").RequireRateLimiting(RateLimitPolicies.Teams).MapBotEndpoints();
        app.MapGroup("").MapMeEndpoints(); // answers its own 401, so a page can ask the user to sign in
        app.MapChartEndpoints(); // no RequireCaller: the unguessable id is the capability (see ChartEndpoints)
        return app;
    }
}
