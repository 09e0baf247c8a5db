using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Bot.Connector;

/// <summary>
/// Client-credentials tokens from Azure AD (<see cref="BotOptions.EffectiveTokenEndpoint"/>, scope
/// <see cref="BotOptions.Scope"/>), cached until 5 minutes before they expire. Concurrent callers that find no
/// fresh token share one request.
/// </summary>
public sealed class ConnectorTokenProvider : IConnectorTokenProvider
{
    public const string HttpClientName = "MetricAssistant.Bot.Token";

    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly IHttpClientFactory httpClients;
    private readonly BotOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<ConnectorTokenProvider> logger;
    private readonly SemaphoreSlim gate = new(1, 1);
    private CachedToken? cached;

    public ConnectorTokenProvider(IHttpClientFactory httpClients, IOptions<BotOptions> options, TimeProvider time, ILogger<ConnectorTokenProvider> logger)
    {
        this.httpClients = httpClients;
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
    }

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAt);

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (!options.AuthenticationEnabled)
            return null;
        if (Fresh(Volatile.Read(ref cached)) is { } token)
            return token;

        await gate.WaitAsync(cancellationToken);
        try
        {
            // The caller that held the gate may have fetched one already.
            if (Fresh(cached) is { } fetched)
                return fetched;
            var next = await RequestAsync(cancellationToken);
            Volatile.Write(ref cached, next);
            return next.Value;
        }
        finally
        {
            gate.Release();
        }
    }

    private string? Fresh(CachedToken? token) => token is not null && time.GetUtcNow() < token.RefreshAt ? token.Value : null;

    private async Task<CachedToken> RequestAsync(CancellationToken cancellationToken)
    {
        var endpoint = options.EffectiveTokenEndpoint;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = options.AppId!,
            ["client_secret"] = options.AppPassword ?? "",
            ["scope"] = options.Scope,
        });
        var requestedAt = time.GetUtcNow();
        HttpResponseMessage response;
        try
        {
            response = await httpClients.CreateClient(HttpClientName).PostAsync(endpoint, form, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new ConnectorTokenException($"Could not reach the token endpoint {endpoint}: {e.Message}", null, isTransient: true, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ConnectorTokenException($"The token endpoint {endpoint} did not answer within {options.RequestTimeout}.", null, isTransient: true, e);
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                var transient = status >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests;
                var message = $"Azure AD refused a token for Bot:AppId {options.AppId} at {endpoint} ({status}{Describe(body)}).";
                logger.LogError("{Message}", message);
                throw new ConnectorTokenException(message, status, transient);
            }
            return Parse(body, requestedAt, endpoint, status);
        }
    }

    private static CachedToken Parse(string body, DateTimeOffset requestedAt, string endpoint, int status)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            var token = root.TryGetProperty("access_token", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            if (string.IsNullOrEmpty(token))
                throw new ConnectorTokenException($"The token endpoint {endpoint} answered {status} without an access_token.", status, isTransient: false);
            // expires_in is a number of seconds (some endpoints send it as a string).
            var seconds = root.TryGetProperty("expires_in", out var e) ? e.ValueKind switch
            {
                JsonValueKind.Number when e.TryGetInt64(out var n) => n,
                JsonValueKind.String when long.TryParse(e.GetString(), out var n) => n,
                _ => 0,
            } : 0;
            var lifetime = TimeSpan.FromSeconds(Math.Max(0, seconds));
            // Refresh 5 minutes early; a token that lives shorter than 10 minutes is refreshed halfway.
            var margin = lifetime > 2 * RefreshMargin ? RefreshMargin : lifetime / 2;
            return new CachedToken(token, requestedAt + lifetime - margin);
        }
        catch (JsonException ex)
        {
            throw new ConnectorTokenException($"The token endpoint {endpoint} answered {status} with something that is not JSON.", status, isTransient: false, ex);
        }
    }

    /// <summary>Azure AD's error body, e.g. <c>{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided. …"}</c>.</summary>
    private static string Describe(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return "";
            var error = root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
            var description = root.TryGetProperty("error_description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
            var firstLine = description?.Split('\n', 2)[0].Trim();
            return (error, firstLine) switch
            {
                (null, null) => "",
                (_, null) => $" {error}",
                (null, _) => $": {firstLine}",
                _ => $" {error}: {firstLine}",
            };
        }
        catch (JsonException)
        {
            return "";
        }
    }
}
