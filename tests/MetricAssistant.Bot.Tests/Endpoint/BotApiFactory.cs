using MetricAssistant.Bot.Connector;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MetricAssistant.Bot.Tests.Endpoint;

/// <summary>The real service in memory with the Connector replaced by a recorder; authentication on when an issuer is given.</summary>
public sealed class BotApiFactory(string? metadataUrl = null, string? unknownUserRole = null, int acknowledgeWithinMs = 10_000) : WebApplicationFactory<Program>
{
    public const string Now = "2025-07-15T10:00:00";
    private readonly string directory = Path.Combine(Path.GetTempPath(), $"ma-bot-{Guid.NewGuid():N}");

    public RecordingConnector Connector { get; } = new();

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
        builder.UseSetting("Teams:ReferenceNow", Now);
        builder.UseSetting("Teams:AcknowledgeWithinMs", acknowledgeWithinMs.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (unknownUserRole is not null) builder.UseSetting("Teams:UnknownUserRole", unknownUserRole);
        if (metadataUrl is not null)
        {
            builder.UseSetting("Bot:AppId", Authentication.TestConnectorIssuer.AppId);
            builder.UseSetting("Bot:AppPassword", "test-secret");
            builder.UseSetting("Bot:OpenIdMetadataUrl", metadataUrl);
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IConnectorClient>(Connector);
            services.AddSingleton<IConnectorConversations>(Connector);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) try { Directory.Delete(directory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
