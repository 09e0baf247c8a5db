using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MetricAssistant.Api.Tests;

/// <summary>
/// The real service in memory, on its own tiny demo warehouse, generated at start exactly as a first
/// run generates the default one. A low row limit lets tests reach it.
/// </summary>
public sealed class ApiFactory : ApiFactoryBase;

/// <summary>The shared setup; subclasses add settings (a deployment's identity, say).</summary>
public class ApiFactoryBase : WebApplicationFactory<Program>
{
    public const int RowLimit = 500;
    private readonly string directory;

    public ApiFactoryBase() : this(Path.Combine(Path.GetTempPath(), $"ma-api-{Guid.NewGuid():N}")) { }

    /// <summary>A service on the files of <paramref name="directory"/>: two factories on one folder are a restart.</summary>
    public ApiFactoryBase(string directory) => this.directory = directory;

    public bool KeepFiles { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Warehouse:DuckDbPath", Path.Combine(directory, "demo.duckdb"));
        builder.UseSetting("Warehouse:DemoScale", "0.02");
        builder.UseSetting("Warehouse:RowLimit", RowLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Audit:SqlitePath", Path.Combine(directory, "audit.db"));
        builder.UseSetting("Examples:SqlitePath", Path.Combine(directory, "examples.db"));
        builder.UseSetting("Catalog:StorePath", Path.Combine(directory, "catalog.db"));
        builder.UseSetting("Requests:SqlitePath", Path.Combine(directory, "requests.db"));
        builder.UseSetting("Feedback:SqlitePath", Path.Combine(directory, "feedback.db"));
        builder.UseSetting("Governance:SqlitePath", Path.Combine(directory, "governance.db"));
        // A deployment (demo identities off) must authenticate its Teams door; these tests never call /api/messages.
        builder.UseSetting("Bot:AppId", "4f3c2a1b-0d9e-4c8b-a7f6-123456789abc");
        builder.UseSetting("Bot:AppPassword", "unused-by-api-tests");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !KeepFiles && Directory.Exists(directory))
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // Still mapped by the engine; the OS cleans temp.
            }
        }
    }
}
