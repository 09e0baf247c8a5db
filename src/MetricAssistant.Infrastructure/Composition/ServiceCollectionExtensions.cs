using MetricAssistant.Application.Answers;
using MetricAssistant.Application.Asking;
using MetricAssistant.Application.Audit;
using MetricAssistant.Application.Conversations;
using MetricAssistant.Application.Execution;
using MetricAssistant.Application.Feedback;
using MetricAssistant.Application.Governance;
using MetricAssistant.Application.Governance.Versions;
using MetricAssistant.Application.Identity;
using MetricAssistant.Application.Search;
using MetricAssistant.Application.Telemetry;
using MetricAssistant.Application.Time;
using MetricAssistant.Infrastructure.Audit;
using MetricAssistant.Infrastructure.Groups;
using MetricAssistant.Infrastructure.Feedback;
using MetricAssistant.Infrastructure.Governance.Store;
using MetricAssistant.Infrastructure.Governance.Lineage;
using MetricAssistant.Infrastructure.Governance.Requests;
using MetricAssistant.Infrastructure.Governance.Proposals;
using MetricAssistant.Infrastructure.Learning;
using MetricAssistant.Understanding.Time;
using MetricAssistant.Understanding.Examples;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Retrieval;
using Microsoft.Extensions.Logging;
using MetricAssistant.Infrastructure.Warehouse;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Infrastructure.Shared;

namespace MetricAssistant.Infrastructure.Composition;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// The core every door (API, CLI, evals) shares: options validated on start, catalog, warehouse, audit, feedback,
    /// query and ask services, with the offline rules planner. The optional parts are wired by the host beside it:
    /// <c>AddMetricRetrieval</c> (MetricAssistant.Retrieval, required: the ask service reads with its retriever),
    /// <c>AddLlmPlanner</c> (MetricAssistant.Planner.Llm), <c>AddCharts</c> (MetricAssistant.Charts) and
    /// <c>AddDemoWarehouse</c> (MetricAssistant.Demo).
    /// </summary>
    public static IServiceCollection AddMetricAssistant(this IServiceCollection services, IConfiguration configuration, RepositoryRoot root)
    {
        services.AddSingleton(root);
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<WarehouseOptions>().Bind(configuration.GetSection(WarehouseOptions.Section)).ValidateDataAnnotations()
            .Validate(o => o.Engine != "postgres" || !string.IsNullOrWhiteSpace(o.PostgresConnectionString), "Warehouse:PostgresConnectionString is required when Warehouse:Engine is postgres.")
            .Validate(o => !o.EnforceRowRulesInDatabase || o.Engine == "postgres", "Warehouse:EnforceRowRulesInDatabase needs Warehouse:Engine postgres (row-level security is a PostgreSQL feature).")
            .ValidateOnStart();
        services.AddOptions<OrganizationOptions>().Bind(configuration.GetSection(OrganizationOptions.Section)).ValidateDataAnnotations()
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Organization:TimeZone is not a known time zone.")
            .ValidateOnStart();
        services.AddOptions<IdentityOptions>().Bind(configuration.GetSection(IdentityOptions.Section));

        services.AddSingleton<WarehousePaths>();
        services.AddCatalogStore(configuration);
        services.AddSingleton<OrganizationClock>();
        // Telemetry (System.Diagnostics): the host's exporters, if any, listen; the warehouse call is one span.
        services.TryAddSingleton<AnswerTelemetry>();
        services.TryAddSingleton<IResultCacheMetrics>(sp => sp.GetRequiredService<AnswerTelemetry>());
        services.AddOptions<AnswerLogOptions>().Bind(configuration.GetSection(AnswerLogOptions.Section));
        services.TryAddSingleton<AnswerLog>();
        services.AddSingleton<IWarehouse>(sp => new TracedWarehouse(sp.GetRequiredService<IOptions<WarehouseOptions>>().Value.Engine == "postgres"
            ? ActivatorUtilities.CreateInstance<PostgresWarehouse>(sp)
            : ActivatorUtilities.CreateInstance<DuckDbWarehouse>(sp), sp.GetRequiredService<AnswerTelemetry>()));
        services.AddSingleton<RequestContext>();
        services.AddSingleton<AnswerAudit>();
        services.AddAuditLog(configuration);
        // Issue 14: directory groups of Teams users and of tokens with too many groups (Directory:Source).
        services.AddDirectoryGroups(configuration);
        // Issue 14: replay and the audit right (policy: audit: true on a role).
        services.AddSingleton<AuditReplayService>();
        services.AddSingleton<AuditRights>();
        services.AddFeedbackStore(configuration);
        services.AddLearnedExamples(configuration);
        // Versions (issue #13): read from the catalog store registered by AddCatalogStore above.
        services.AddSingleton<MetricHistory>();
        services.AddSingleton<VersionPins>();
        services.AddSingleton<MetricVersions>();
        services.AddSingleton<ReferenceSql>();
        services.AddMetricRequests(configuration);
        services.AddGovernanceLifecycle(configuration);
        services.AddSingleton<QueryService>();
        services.AddSingleton<ITimeResolver>(_ => new TimeExpressionResolver());
        // The reader's derived tables are kept beside the catalog snapshot (both keyed by the catalog's content hash).
        services.AddSingleton(sp =>
        {
            var directory = sp.GetRequiredService<IOptions<CatalogFiles.CatalogOptions>>().Value.SnapshotDirectory;
            var snapshot = string.IsNullOrEmpty(directory) ? null
                : new ReaderTableSnapshot(sp.GetRequiredService<RepositoryRoot>().Resolve(directory), sp.GetService<ILogger<ReaderTableSnapshot>>());
            return new UnderstandingProvider(sp.GetRequiredService<ITimeResolver>(), sp.GetRequiredService<IMetricRetriever>(), sp.GetService<IExampleSource>(), snapshot);
        });
        services.TryAddSingleton<RulesQuestionPlanner>();
        services.TryAddSingleton<ReaderWarmUp>();
        services.TryAddSingleton<IQuestionPlanner>(sp => sp.GetRequiredService<RulesQuestionPlanner>());
        services.AddOptions<ConversationOptions>().Bind(configuration.GetSection(ConversationOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        // Issue 15: conversations, chart specs and the welcome ledger in the shared store when ConnectionStrings:Shared is set.
        services.AddSharedState(configuration);
        services.AddSingleton<IAskService, AskService>();
        services.AddSingleton<SearchService>();
        services.AddSingleton<AnswerDisplayService>();
        services.AddSingleton<DefinitionLookup>();
        services.AddSingleton<DefinitionGate>();
        services.AddSingleton<FeedbackService>();
        services.AddLineage(configuration);
        return services;
    }
}
