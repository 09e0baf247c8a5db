using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using MetricAssistant.Api.Identity;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Api.Tests.Identity;

/// <summary>Demo identities on: the request's user is used unless credentials are presented. And what stops the service at start.</summary>
public sealed class DemoModeAndStartupTests
{
    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(AuthTestHost host, string path, string? bearer = null, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (bearer is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (apiKey is not null)
            request.Headers.Add(CallerAuthDefaults.ApiKeyHeader, apiKey);
        var response = await host.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task With_demo_identities_on_a_request_without_credentials_is_left_to_the_demo_users()
    {
        await using var host = await AuthTestHost.StartAsync(AuthTestHost.DefaultSettings(demoIdentities: true));

        foreach (var path in new[] { "/whoami?user=ceo", "/open?user=ceo" })
        {
            var (status, body) = await GetAsync(host, path);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.True(body.GetProperty("demo").GetBoolean());
            Assert.Equal("ceo", body.GetProperty("requestedUser").GetString());
        }
    }

    [Fact]
    public async Task With_demo_identities_on_a_valid_token_or_key_wins_over_the_requested_user()
    {
        await using var host = await AuthTestHost.StartAsync(AuthTestHost.DefaultSettings(demoIdentities: true));

        var (status, body) = await GetAsync(host, "/whoami?user=ceo", bearer: AuthTestHost.Token());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("5f0c7a52-0000-4000-8000-00000000a11c", body.GetProperty("userId").GetString());
        Assert.Equal("Authenticated", body.GetProperty("kind").GetString());

        (status, body) = await GetAsync(host, "/whoami?user=ceo", apiKey: AuthTestHost.EvalKey);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("eval-runner", body.GetProperty("userId").GetString());
        Assert.Equal("System", body.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task With_demo_identities_on_bad_credentials_do_not_fall_back_to_a_demo_user()
    {
        await using var host = await AuthTestHost.StartAsync(AuthTestHost.DefaultSettings(demoIdentities: true));

        // The route group's CallerFilter answers before the endpoint runs: a 401 ProblemDetails.
        var (status, body) = await GetAsync(host, "/whoami?user=ceo", bearer: AuthTestHost.Token(d => d.Audience = "api://another-service"));
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(CallerResolver.InvalidCredentials, body.GetProperty("detail").GetString());

        (status, body) = await GetAsync(host, "/whoami?user=ceo", apiKey: "wrong-key");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(CallerResolver.InvalidCredentials, body.GetProperty("detail").GetString());

        // Without the filter the endpoint itself receives the bound outcome and its problem.
        (status, body) = await GetAsync(host, "/open?user=ceo", apiKey: "wrong-key");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(CallerResolver.InvalidCredentials, body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task With_demo_identities_on_and_nothing_configured_the_service_starts_and_refuses_every_token()
    {
        var settings = new Dictionary<string, string?> { ["Identity:DemoIdentities"] = "true" };
        await using var host = await AuthTestHost.StartAsync(settings, noIssuer: true);

        var (status, body) = await GetAsync(host, "/whoami?user=ceo");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetProperty("demo").GetBoolean());

        (status, _) = await GetAsync(host, "/whoami?user=ceo", bearer: AuthTestHost.Token());
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task With_demo_identities_off_and_only_api_keys_configured_tokens_are_refused_and_keys_work()
    {
        var settings = AuthTestHost.DefaultSettings(demoIdentities: false);
        settings.Remove("Identity:Auth:Authority");
        settings.Remove("Identity:Auth:Audience");
        await using var host = await AuthTestHost.StartAsync(settings, noIssuer: true);

        var (status, _) = await GetAsync(host, "/whoami", bearer: AuthTestHost.Token());
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        (status, var body) = await GetAsync(host, "/whoami", apiKey: AuthTestHost.EvalKey);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("eval-runner", body.GetProperty("userId").GetString());
    }

    [Fact]
    public async Task A_token_expired_within_the_clock_skew_is_still_accepted()
    {
        await using var host = await AuthTestHost.StartAsync(AuthTestHost.DefaultSettings(demoIdentities: false));
        var now = DateTime.UtcNow;

        var (status, _) = await GetAsync(host, "/whoami", AuthTestHost.Token(d => { d.IssuedAt = now.AddHours(-1); d.NotBefore = now.AddHours(-1); d.Expires = now.AddSeconds(-5); }));

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Theory]
    [InlineData("demo off, nothing configured", null, null, "callers must authenticate")]
    [InlineData("demo off, an authority without audience", AuthTestHost.Issuer, null, "Audience is required")]
    [InlineData("demo off, an audience without authority", null, AuthTestHost.Audience, "neither Identity:Auth:Authority nor")]
    public async Task Incomplete_settings_stop_the_service_at_start(string why, string? authority, string? audience, string expected)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Identity:DemoIdentities"] = "false",
            ["Identity:Auth:Authority"] = authority,
            ["Identity:Auth:Audience"] = audience,
        };

        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var host = await AuthTestHost.StartAsync(settings, noIssuer: true);
        });

        Assert.True(error.Failures.Any(f => f.Contains(expected, StringComparison.Ordinal)), $"{why}: {string.Join(" | ", error.Failures)}");
    }

    [Theory]
    [InlineData("the key itself instead of its fingerprint", "Identity:Auth:ApiKeys:0:KeySha256", AuthTestHost.EvalKey, "KeySha256 must be the 64 hex digits")]
    [InlineData("a fingerprint one digit short", "Identity:Auth:ApiKeys:0:KeySha256", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a", "KeySha256 must be the 64 hex digits")]
    [InlineData("a key without a name", "Identity:Auth:ApiKeys:0:Name", "", "Name is required")]
    [InlineData("two keys with one name", "Identity:Auth:ApiKeys:1:Name", "eval-runner", "is used by another key")]
    [InlineData("metadata over plain http", "Identity:Auth:Authority", "http://login.test/tenant-1/v2.0", "must use https")]
    [InlineData("a relative authority", "Identity:Auth:Authority", "login.test", "absolute http(s) address")]
    [InlineData("a huge clock skew", "Identity:Auth:ClockSkewSeconds", "3600", "ClockSkewSeconds")]
    public async Task Malformed_settings_stop_the_service_at_start(string why, string key, string value, string expected)
    {
        var settings = AuthTestHost.DefaultSettings(demoIdentities: true);
        settings[key] = value;

        var error = await Assert.ThrowsAsync<OptionsValidationException>(async () =>
        {
            await using var host = await AuthTestHost.StartAsync(settings);
        });

        Assert.True(error.Failures.Any(f => f.Contains(expected, StringComparison.Ordinal)), $"{why}: {string.Join(" | ", error.Failures)}");
    }

    [Fact]
    public void The_fingerprint_is_the_hex_sha256_of_the_keys_utf8_bytes()
    {
        // printf %s abc | sha256sum
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiKeyHash.ComputeHex("abc"));
        Assert.True(ApiKeyHash.TryParseHex("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD", out var hash));
        Assert.Equal(ApiKeyHash.Compute("abc"), hash);
        Assert.False(ApiKeyHash.TryParseHex("zz7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", out _));
    }
}
