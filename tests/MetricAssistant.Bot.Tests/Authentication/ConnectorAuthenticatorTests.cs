using System.Security.Cryptography;
using MetricAssistant.Bot.Authentication;
using MetricAssistant.Bot.Tests.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Bot.Tests.Authentication;

/// <summary>
/// The Connector → bot rules, end to end through <c>AddBotConnector</c>: metadata and keys come over HTTP from
/// <see cref="TestConnectorIssuer"/>, tokens are signed with its RSA keys.
/// </summary>
public sealed class ConnectorAuthenticatorTests : IAsyncLifetime, IDisposable
{
    private readonly RSA teamsRsa = RSA.Create(2048);
    private readonly RSA otherRsa = RSA.Create(2048);
    private readonly ManualTimeProvider time = new(DateTimeOffset.UtcNow);
    private TestConnectorIssuer issuer = null!;
    private ServiceProvider services = null!;

    private TestConnectorIssuer.PublishedKey TeamsKey => new(teamsRsa, "key-teams", ["msteams", "webchat"]);

    private DateTimeOffset Now => time.GetUtcNow();

    public async Task InitializeAsync()
    {
        issuer = await TestConnectorIssuer.StartAsync(TeamsKey);
        services = Services(new()
        {
            ["Bot:AppId"] = TestConnectorIssuer.AppId,
            ["Bot:AppPassword"] = "not-used-here",
            ["Bot:OpenIdMetadataUrl"] = issuer.MetadataUrl,
        });
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await issuer.DisposeAsync();
    }

    public void Dispose()
    {
        teamsRsa.Dispose();
        otherRsa.Dispose();
    }

    private ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddSingleton<TimeProvider>(time).AddBotConnector(configuration).BuildServiceProvider();
    }

    private IConnectorAuthenticator Authenticator => services.GetRequiredService<IConnectorAuthenticator>();

    private Task<ConnectorAuthResult> Check(string? header, string? serviceUrl = TestConnectorIssuer.ServiceUrl, string? channelId = "msteams")
        => Authenticator.AuthenticateAsync(header, serviceUrl, channelId, CancellationToken.None);

    private static string Bearer(string token) => "Bearer " + token;

    [Fact]
    public async Task A_token_from_the_connector_is_accepted_with_its_channel()
    {
        var result = await Check(Bearer(TestConnectorIssuer.Token(TeamsKey, Now)));
        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(200, result.StatusCode);
        Assert.Equal("msteams", result.ChannelId);
        Assert.True(Authenticator.IsEnabled);
    }

    [Fact]
    public async Task Keys_are_fetched_once_and_cached()
    {
        for (var i = 0; i < 5; i++)
            Assert.True((await Check(Bearer(TestConnectorIssuer.Token(TeamsKey, Now)))).Succeeded);
        Assert.Equal(1, issuer.KeyFetches);
    }

    [Fact]
    public async Task An_expired_token_is_401()
    {
        var result = await Check(Bearer(TestConnectorIssuer.Token(TeamsKey, Now, notBefore: Now.AddHours(-2), expires: Now.AddMinutes(-6))));
        Assert.Equal(401, result.StatusCode);
        Assert.Contains("expired", result.Reason);
    }

    [Fact]
    public async Task A_token_not_valid_yet_is_401()
    {
        var result = await Check(Bearer(TestConnectorIssuer.Token(TeamsKey, Now, notBefore: Now.AddMinutes(6), expires: Now.AddHours(1))));
        Assert.Equal(401, result.StatusCode);
        Assert.Contains("not valid yet", result.Reason);
    }

    [Fact]
    public async Task Expiry_and_start_within_the_five_minute_skew_are_accepted()
    {
        Assert.True((await Check(Bearer(TestConnectorIssuer.Token(TeamsKey, Now, notBefore: Now.AddHours(-1), expires: Now.AddMinutes(-4))))).Succeeded);
        Assert.True((await Check(Bearer(TestConnectorIssuer.Token(TeamsKey, Now, notBefore: Now.AddMinutes(4), expires: Now.AddHours(1))))).Succeeded);
    }

    [Fact]
    public async Task The_lifetime_is_judged_by_the_injected_clock()
    {
        var token = TestConnectorIssuer.Token(TeamsKey, Now, expires: Now.AddMinutes(10));
        Assert.True((await Check(Bearer(token))).Succeeded);
        time.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(401, (await Check(Bearer(token))).StatusCode);
    }

    [Fact]
    public async Task A_token_for_another_bot_is_401()
    {
        var result = await Check(Bearer(TestConnectorIssuer.Token(TeamsKey, Now, audience: Guid.NewGuid().ToString())));
        Assert.Equal(401, result.StatusCode);
        Assert.Contains("audience", result.Reason);
    }

    [Fact]
    public async Task A_token_from_another_issuer_is_401()
    {
        var result = await Check(Bearer(TestConnectorIssuer.Token(TeamsKey, Now, issuer: "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/")));
        Assert.Equal(401, result.StatusCode);
        Assert.Contains("issuer", result.Reason);
    }

    [Fact]
    public async Task A_token_signed_by_another_key_under_a_published_kid_is_401()
    {
        var forged = new TestConnectorIssuer.PublishedKey(otherRsa, "key-teams", ["msteams"]);
        var result = await Check(Bearer(TestConnectorIssuer.Token(forged, Now)));
        Assert.Equal(401, result.StatusCode);
        Assert.Contains("signature", result.Reason);
    }

    [Fact]
    public async Task An_unsigned_token_is_401()
    {
        var result = await Check(Bearer(TestConnectorIssuer.UnsignedToken("key-teams", Now)));
        Assert.Equal(401, result.StatusCode);
    }

    [Fact]
    public async Task HS256_signed_with_the_public_key_is_401()
    {
        var result = await Check(Bearer(TestConnectorIssuer.HmacWithPublicKey(TeamsKey, Now)));
        Assert.Equal(401, result.StatusCode);
    }

    [Fact]
    public async Task A_rotated_in_key_is_fetched_when_a_token_names_it_and_made_up_kids_cannot_hammer_the_metadata()
    {
        Assert.True((await Check(Bearer(TestConnectorIssuer.Token(TeamsKey, Now)))).Succeeded);
        Assert.Equal(1, issuer.KeyFetches);

        var rotated = new TestConnectorIssuer.PublishedKey(otherRsa, "key-rotated", ["msteams"]);
        issuer.Publish(TeamsKey, rotated);
        var result = await Check(Bearer(TestConnectorIssuer.Token(rotated, Now)));
        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(2, issuer.KeyFetches);
        Assert.True((await Check(Bearer(TestConnectorIssuer.Token(TeamsKey, Now)))).Succeeded);

        using var stranger = RSA.Create(2048);
        var unknown = new TestConnectorIssuer.PublishedKey(stranger, "key-never-published", ["msteams"]);
        for (var i = 0; i < 20; i++)
            Assert.Equal(401, (await Check(Bearer(TestConnectorIssuer.Token(unknown, Now, kid: $"made-up-{i}")))).StatusCode);
        Assert.Equal(2, issuer.KeyFetches);

        // Past the minimum interval an unknown kid may look once more.
        time.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(401, (await Check(Bearer(TestConnectorIssuer.Token(unknown, Now)))).StatusCode);
        Assert.Equal(3, issuer.KeyFetches);
    }

    [Fact]
    public async Task A_serviceurl_claim_for_another_endpoint_is_403()
    {
        var token = TestConnectorIssuer.Token(TeamsKey, Now, serviceUrl: "https://attacker.example.com/");
        var result = await Check(Bearer(token));
        Assert.Equal(403, result.StatusCode);
        Assert.Contains("serviceurl", result.Reason);
    }

    [Fact]
    public async Task A_missing_serviceurl_claim_or_activity_serviceUrl_is_403()
    {
        Assert.Equal(403, (await Check(Bearer(TestConnectorIssuer.Token(TeamsKey, Now, serviceUrl: null)))).StatusCode);
        Assert.Equal(403, (await Check(Bearer(TestConnectorIssuer.Token(TeamsKey, Now)), serviceUrl: null)).StatusCode);
    }

    [Fact]
    public async Task The_serviceUrl_comparison_tolerates_a_trailing_slash_but_not_case()
    {
        var token = TestConnectorIssuer.Token(TeamsKey, Now);
        Assert.True((await Check(Bearer(token), serviceUrl: TestConnectorIssuer.ServiceUrl.TrimEnd('/'))).Succeeded);
        Assert.Equal(403, (await Check(Bearer(token), serviceUrl: TestConnectorIssuer.ServiceUrl.ToUpperInvariant())).StatusCode);
    }

    [Fact]
    public async Task A_channel_the_key_is_not_endorsed_for_is_403()
    {
        var result = await Check(Bearer(TestConnectorIssuer.Token(TeamsKey, Now)), channelId: "slack");
        Assert.Equal(403, result.StatusCode);
        Assert.Contains("endorsed", result.Reason);
        Assert.True((await Check(Bearer(TestConnectorIssuer.Token(TeamsKey, Now)), channelId: "webchat")).Succeeded);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer garbage")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.%%%.abc")]
    [InlineData("Bearer two tokens")]
    public async Task No_header_or_a_malformed_one_is_401(string? header)
    {
        var result = await Check(header);
        Assert.False(result.Succeeded);
        Assert.Equal(401, result.StatusCode);
    }

    [Fact]
    public async Task An_oversized_token_is_401_without_parsing()
    {
        Assert.Equal(401, (await Check(Bearer(new string('a', 20_000)))).StatusCode);
    }

    [Fact]
    public async Task Unreachable_metadata_is_401_not_an_exception()
    {
        await issuer.StopAsync();
        var result = await Check(Bearer(TestConnectorIssuer.Token(TeamsKey, Now)));
        Assert.Equal(401, result.StatusCode);
        Assert.Contains("signing keys", result.Reason);
    }

    [Fact]
    public async Task Without_an_app_id_authentication_is_disabled()
    {
        await using var open = Services(new() { ["Bot:AppId"] = "" });
        var authenticator = open.GetRequiredService<IConnectorAuthenticator>();
        Assert.False(authenticator.IsEnabled);
        var result = await authenticator.AuthenticateAsync("Bearer garbage", "http://localhost:56150/_connector", "msteams", CancellationToken.None);
        Assert.Same(ConnectorAuthResult.Disabled, result);
        Assert.True(result.Succeeded);
        Assert.Equal(200, result.StatusCode);
        Assert.Equal(0, issuer.KeyFetches);
    }

    [Fact]
    public void Bad_settings_are_listed_together_on_start()
    {
        using var bad = Services(new()
        {
            ["Bot:AppId"] = "my-bot",
            ["Bot:OpenIdMetadataUrl"] = "http://login.botframework.com/v1/.well-known/openidconfiguration",
            ["Bot:MaxSendAttempts"] = "0",
        });
        var e = Assert.Throws<OptionsValidationException>(() => bad.GetRequiredService<IOptions<BotOptions>>().Value);
        Assert.Contains(e.Failures, f => f.Contains("Bot:AppId must be") && f.Contains("GUID"));
        Assert.Contains(e.Failures, f => f.Contains("Bot:AppPassword"));
        Assert.Contains(e.Failures, f => f.Contains("Bot:OpenIdMetadataUrl"));
        Assert.Contains(e.Failures, f => f.Contains("Bot:MaxSendAttempts"));
    }

    [Fact]
    public void Token_endpoint_defaults_to_the_bot_framework_tenant_or_the_single_tenant()
    {
        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", new BotOptions().EffectiveTokenEndpoint);
        Assert.Equal("https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token",
            new BotOptions { TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47" }.EffectiveTokenEndpoint);
    }
}
