using MetricAssistant.Api.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace MetricAssistant.Bot.Tests.Endpoint;

/// <summary>
/// The real service in memory as a deployment would run it: demo identities off, the API locked by an API key, and
/// the real Connector client (nothing replaced), so whatever the bot sends really goes out over HTTP.
/// <paramref name="bot"/> adds <c>Bot:*</c> settings (app id, metadata address, the simulator setting…).
/// </summary>
public sealed class DeploymentBotFactory(IReadOnlyDictionary<string, string> bot) : WebApplicationFactory<Program>
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), $"ma-bot-deployed-{Guid.NewGuid():N}");

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Warehouse:DuckDbPath", Path.Combine(directory, "demo.duckdb"));
        builder.UseSetting("Warehouse:DemoScale", "0.02");
        builder.UseSetting("Audit:SqlitePath", Path.Combine(directory, "audit.db"));
        builder.UseSetting("Feedback:SqlitePath", Path.Combine(directory, "feedback.db"));
        builder.UseSetting("Examples:SqlitePath", Path.Combine(directory, "examples.db"));
        builder.UseSetting("Catalog:StorePath", Path.Combine(directory, "catalog.db"));
        builder.UseSetting("Requests:SqlitePath", Path.Combine(directory, "requests.db"));
        builder.UseSetting("Governance:SqlitePath", Path.Combine(directory, "governance.db"));
        builder.UseSetting("Teams:ReferenceNow", BotApiFactory.Now);
        builder.UseSetting("Teams:AcknowledgeWithinMs", "10000");
        builder.UseSetting("Identity:DemoIdentities", "false");
        builder.UseSetting("Identity:Auth:ApiKeys:0:Name", "portal");
        builder.UseSetting("Identity:Auth:ApiKeys:0:KeySha256", ApiKeyHash.ComputeHex("deployment-key-0123456789"));
        builder.UseSetting("Identity:Auth:ApiKeys:0:Roles:0", "viewer");
        foreach (var (key, value) in bot)
            builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) try { Directory.Delete(directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
