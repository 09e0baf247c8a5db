using MetricAssistant.Bot.Connector;
using MetricAssistant.Bot.Tests.Endpoint;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MetricAssistant.Bot.Tests.Replicas;

/// <summary>
/// One replica of a deployment: the real service in memory on <c>ConnectionStrings:Shared</c>, with every store that may
/// live there in PostgreSQL (catalog, proposals, requests, examples, audit), its own warehouse file (read-only data, as
/// each replica would reach the same warehouse) and its own Connector recorder.
/// </summary>
public sealed class ReplicaFactory(string sharedConnectionString, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public const string Now = "2025-07-15T10:00:00";
    private readonly string directory = Path.Combine(Path.GetTempPath(), $"ma-replica-{Guid.NewGuid():N}");

    public RecordingConnector Connector { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Shared", sharedConnectionString);
        builder.UseSetting("Catalog:Store", "postgres");
        builder.UseSetting("Governance:ProposalStore", "postgres");
        builder.UseSetting("Requests:Store", "postgres");
        builder.UseSetting("Examples:Store", "postgres");
        builder.UseSetting("Audit:Store", "postgres");
        builder.UseSetting("Warehouse:DuckDbPath", Path.Combine(directory, "demo.duckdb"));
        builder.UseSetting("Warehouse:DemoScale", "0.02");
        // Nothing of a replica's own may hold shared state: these files must stay unused.
        builder.UseSetting("Feedback:SqlitePath", Path.Combine(directory, "feedback.db"));
        builder.UseSetting("Catalog:StorePath", Path.Combine(directory, "catalog.db"));
        builder.UseSetting("Teams:ReferenceNow", Now);
        builder.UseSetting("Teams:AcknowledgeWithinMs", "10000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IConnectorClient>(Connector);
            services.AddSingleton<IConnectorConversations>(Connector);
        });
    }

    /// <summary>The files this replica wrote of its own (the warehouse aside): none when everything shared is shared.</summary>
    public IReadOnlyList<string> LocalStateFiles() => Directory.Exists(directory)
        ? [.. Directory.EnumerateFiles(directory).Select(Path.GetFileName).Where(n => n is not null && !n.StartsWith("demo.duckdb", StringComparison.Ordinal))!]
        : [];

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) try { Directory.Delete(directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
