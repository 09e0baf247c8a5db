using System.Collections.Concurrent;
using System.Text;
using MetricAssistant.Application.Asking;
using MetricAssistant.Application.Execution;
using MetricAssistant.Infrastructure;
using MetricAssistant.Infrastructure.Composition;
using MetricAssistant.Retrieval;
using MetricAssistant.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MetricAssistant.Infrastructure.Tests.Security;

/// <summary>
/// The services of <see cref="WarehouseFixture"/>'s warehouses over a copy of the repository's catalog in which the demo
/// users have no roles and no attributes of their own: each is only in the directory group of their demo role (the
/// policy's <c>groups:</c>, which also carries East China's <c>regions</c>). Built once per engine.
/// </summary>
public sealed class GroupsOnlyServices : IDisposable
{
    private readonly TempDirectory folder = new();
    private readonly ConcurrentDictionary<string, ServiceProvider> services = new();
    private readonly Lazy<string> catalog;

    public GroupsOnlyServices() => catalog = new(CopyCatalog);

    public string CatalogDirectory => catalog.Value;

    public QueryService Service(WarehouseFixture fixture, string engine) => Provider(fixture, engine).GetRequiredService<QueryService>();

    public IAskService Ask(WarehouseFixture fixture, string engine) => Provider(fixture, engine).GetRequiredService<IAskService>();

    private ServiceProvider Provider(WarehouseFixture fixture, string engine)
    {
        // Skips when the engine is unavailable, as the fixture's own services do.
        _ = fixture.Service(engine);
        return services.GetOrAdd(engine, e => Build(e == "duckdb"
            ? new() { ["Warehouse:Engine"] = "duckdb", ["Warehouse:DuckDbPath"] = fixture.DuckDbPath }
            : new() { ["Warehouse:Engine"] = "postgres", ["Warehouse:PostgresConnectionString"] = fixture.PostgresConnectionString }));
    }

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(TestRepository.Root, "appsettings.json"))
            .AddInMemoryCollection(settings)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Catalog:Store"] = "memory",
                ["Catalog:Directory"] = CatalogDirectory,
                ["Retrieval:IndexDirectory"] = Path.Combine(folder.Path, "index"),
            })
            .Build();
        return new ServiceCollection().AddLogging().AddMetricAssistant(configuration, new RepositoryRoot(TestRepository.Root))
            .AddMetricRetrieval(configuration).BuildServiceProvider();
    }

    /// <summary>The repository's catalog with each demo user rewritten to <c>{ id, name, groups: [their role's group] }</c>.</summary>
    private string CopyCatalog()
    {
        var source = Path.Combine(TestRepository.Root, "catalog");
        var target = Path.Combine(folder.Path, "catalog");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        var policyPath = Path.Combine(target, "access", "policy.yaml");
        var lines = File.ReadAllLines(policyPath);
        var start = Array.IndexOf(lines, "users:");
        var end = Array.FindIndex(lines, start + 1, l => l.Length > 0 && !l.StartsWith(' '));
        var policy = TestRepository.Catalog.Access;
        var users = new StringBuilder("users:\n");
        foreach (var user in policy.Users)
        {
            var group = policy.Groups.Single(g => g.Roles.SequenceEqual(user.Roles));
            users.Append($"  - {{ id: {user.Id}, name: \"{user.Name}\", groups: [{group.Id}] }}\n");
        }
        var rewritten = string.Join("\n", lines.Take(start)) + "\n" + users + (end < 0 ? "" : string.Join("\n", lines.Skip(end)) + "\n");
        File.WriteAllText(policyPath, rewritten);
        return target;
    }

    public void Dispose()
    {
        foreach (var provider in services.Values) provider.Dispose();
        folder.Dispose();
    }
}
