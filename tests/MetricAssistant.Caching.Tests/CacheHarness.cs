using MetricAssistant.Application.Audit;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Execution;
using MetricAssistant.Application.Governance.Freshness;
using MetricAssistant.Application.Identity;
using MetricAssistant.Application.Time;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MetricAssistant.Caching.Tests;

/// <summary>
/// One replica's query service wired as the service wires it (<c>AddResultCache</c> from configuration) on the real
/// catalog, with a counting warehouse and a settable watermark. Two harnesses may share a warehouse (two replicas).
/// </summary>
internal sealed class CacheHarness : IDisposable
{
    private readonly ServiceProvider provider;

    public CacheHarness(IDictionary<string, string?>? settings = null, CountingWarehouse? warehouse = null, SettableProbe? probe = null)
    {
        Warehouse = warehouse ?? new CountingWarehouse();
        Probe = probe ?? new SettableProbe();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<ICatalogProvider>(Catalogs);
        services.AddSingleton<IWarehouse>(Warehouse);
        services.AddSingleton<IFreshnessProbe>(Probe);
        services.AddSingleton<FreshnessCache>();
        services.AddSingleton(Options.Create(new OrganizationOptions()));
        services.AddSingleton(Options.Create(new IdentityOptions()));
        services.AddSingleton<OrganizationClock>();
        services.AddSingleton<RequestContext>();
        services.AddSingleton<IAuditLog, NoAuditLog>();
        services.AddSingleton<AnswerAudit>();
        services.AddSingleton<QueryService>();
        services.AddResultCache(configuration);
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Queries = provider.GetRequiredService<QueryService>();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 5, 2, 0, 0, TimeSpan.Zero));

    public SwitchableCatalog Catalogs { get; } = new(TestRepository.Catalog);

    public CountingWarehouse Warehouse { get; }

    public SettableProbe Probe { get; }

    public QueryService Queries { get; }

    public T Get<T>() where T : notnull => provider.GetRequiredService<T>();

    public static QueryRequest Gmv(string user = "ceo", string region = "east") => new(
        new QueryDto(["gmv"], GroupBy: ["channel"], Filters: [new QueryFilterDto("region", "in", [region])], TimeRange: new TimeRangeDto("2025-06-01", "2025-07-01")),
        user, "2025-07-15T10:00:00");

    public Task<Answer> RunAsync(QueryRequest? request = null) => Queries.RunAsync(request ?? Gmv(), CancellationToken.None);

    public void Dispose() => provider.Dispose();

    /// <summary>The catalog a publish replaces.</summary>
    internal sealed class SwitchableCatalog(SemanticCatalog catalog) : ICatalogProvider
    {
        public SemanticCatalog Current { get; set; } = catalog;
    }
}
