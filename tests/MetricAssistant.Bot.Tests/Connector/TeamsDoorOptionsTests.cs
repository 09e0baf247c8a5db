using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Bot.Tests.Connector;

/// <summary>Start-up validation of the Teams door: a deployment identity configuration needs bot authentication
/// (or the loud simulator setting), and the allow-list must be made of https host patterns.</summary>
public sealed class TeamsDoorOptionsTests
{
    private const string AppId = "4f3c2a1b-0d9e-4c8b-a7f6-123456789abc";

    private static ServiceProvider Services(Dictionary<string, string?> settings)
        => new ServiceCollection().AddBotConnector(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).BuildServiceProvider();

    private static IReadOnlyList<string> Failures(Dictionary<string, string?> settings)
    {
        using var services = Services(settings);
        try
        {
            _ = services.GetRequiredService<IOptions<BotOptions>>().Value;
            return [];
        }
        catch (OptionsValidationException e)
        {
            return e.Failures.ToList();
        }
    }

    [Fact]
    public void Demo_identities_off_without_an_app_id_is_refused_with_a_clear_message()
    {
        var failures = Failures(new() { ["Identity:DemoIdentities"] = "false" });
        var failure = Assert.Single(failures);
        Assert.Contains("Identity:DemoIdentities is off", failure, StringComparison.Ordinal);
        Assert.Contains("Bot:AppId", failure, StringComparison.Ordinal);
        Assert.Contains("Bot:AllowUnauthenticatedSimulator=true", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("demo identities on, no app id (the embedded default)", "true", "", false)]
    [InlineData("a deployment with an app id", "false", AppId, false)]
    [InlineData("a deployment with the simulator setting", "false", "", true)]
    public void Acceptable_configurations_start(string why, string demo, string appId, bool simulator)
    {
        var failures = Failures(new()
        {
            ["Identity:DemoIdentities"] = demo,
            ["Bot:AppId"] = appId,
            ["Bot:AppPassword"] = appId.Length > 0 ? "secret" : null,
            ["Bot:AllowUnauthenticatedSimulator"] = simulator ? "true" : "false",
        });
        Assert.True(failures.Count == 0, $"{why}: {string.Join(" | ", failures)}");
    }

    [Fact]
    public void The_simulator_setting_with_an_app_id_is_refused()
    {
        var failures = Failures(new() { ["Bot:AppId"] = AppId, ["Bot:AppPassword"] = "secret", ["Bot:AllowUnauthenticatedSimulator"] = "true" });
        Assert.Contains(failures, f => f.Contains("AllowUnauthenticatedSimulator is on but Bot:AppId is set", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://smba.trafficmanager.net/*", "must start with https://")]
    [InlineData("https://*/*", "wildcard only as the host's first label")]
    [InlineData("https://*.com/*", "does not name a host")]
    [InlineData("https://evil*.botframework.com/*", "wildcard only as the host's first label")]
    [InlineData("https://user@smba.trafficmanager.net/*", "no user info")]
    [InlineData("https://smba.trafficmanager.net/*/v3", "wildcard only at the end of its path")]
    [InlineData("smba.trafficmanager.net", "must start with https://")]
    public void Malformed_allow_list_entries_are_refused(string entry, string expected)
    {
        var failures = Failures(new() { ["Bot:AllowedServiceUrls:0"] = entry });
        Assert.Contains(failures, f => f.Contains("Bot:AllowedServiceUrls", StringComparison.Ordinal) && f.Contains(expected, StringComparison.Ordinal));
    }
}
