using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Bot.Connector;

/// <summary>
/// Posts activities to the Connector as JSON with the bot's bearer token (when authentication is on). 429, 5xx,
/// timeouts and transport errors are retried with backoff (Retry-After honoured) within
/// <see cref="BotOptions.MaxSendAttempts"/> and <see cref="BotOptions.MaxSendDuration"/>; other 4xx are final.
/// Only addresses the <see cref="ServiceUrlGuard"/> allows are called (its handler checks each request again).
/// </summary>
public sealed class ConnectorClient : IConnectorClient
{
    private const int MaxErrorBody = 300;

    private readonly HttpClient http;
    private readonly IConnectorTokenProvider tokens;
    private readonly ServiceUrlGuard guard;
    private readonly BotOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<ConnectorClient> logger;

    public ConnectorClient(HttpClient http, IConnectorTokenProvider tokens, ServiceUrlGuard guard, IOptions<BotOptions> options, TimeProvider time, ILogger<ConnectorClient> logger)
    {
        this.http = http;
        this.tokens = tokens;
        this.guard = guard;
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
    }

    public async Task<ConnectorSendResult> SendAsync(string serviceUrl, string conversationId, string? replyToId, JsonObject activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!guard.Allows(serviceUrl, out var refused))
        {
            logger.LogWarning("Reply not sent: {Problem}.", refused);
            return new ConnectorSendResult(false, 0, null, 0, refused);
        }
        if (!ConnectorEndpoint.TryBuild(serviceUrl, conversationId, replyToId, options.AuthenticationEnabled, out var address, out var problem))
        {
            logger.LogWarning("Reply not sent: {Problem}.", problem);
            return new ConnectorSendResult(false, 0, null, 0, problem);
        }

        var body = activity.ToJsonString();
        var started = time.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await AttemptAsync(address!, body, cancellationToken);
            if (outcome.Succeeded || !outcome.Retryable || attempt >= options.MaxSendAttempts)
                return Final(outcome, attempt, address!);

            var delay = ConnectorRetryDelay.Next(attempt, options, outcome.RetryAfter, time.GetUtcNow(), Random.Shared);
            if (time.GetElapsedTime(started) + delay > options.MaxSendDuration)
                return Final(outcome with { Error = $"{outcome.Error}; the next attempt (in {delay.TotalSeconds:0.#} s) would pass Bot:MaxSendDuration" }, attempt, address!);
            logger.LogInformation("Connector send attempt {Attempt} to {Address} failed ({Error}); retrying in {Delay} ms.",
                attempt, address, outcome.Error, (int)delay.TotalMilliseconds);
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    private sealed record Outcome(bool Succeeded, int StatusCode, string? ActivityId, string? Error, bool Retryable, RetryConditionHeaderValue? RetryAfter = null);

    private ConnectorSendResult Final(Outcome outcome, int attempts, Uri address)
    {
        if (!outcome.Succeeded)
            logger.LogWarning("Reply to {Address} failed after {Attempts} attempt(s): {Error}", address, attempts, outcome.Error);
        return new ConnectorSendResult(outcome.Succeeded, outcome.StatusCode, outcome.ActivityId, attempts, outcome.Error);
    }

    private async Task<Outcome> AttemptAsync(Uri address, string body, CancellationToken cancellationToken)
    {
        string? token;
        try
        {
            token = await tokens.GetTokenAsync(cancellationToken);
        }
        catch (ConnectorTokenException e)
        {
            return new Outcome(false, 0, null, $"no token for the Connector: {e.Message}", e.IsTransient);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, address)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            return new Outcome(false, 0, null, $"transport error: {e.Message}", Retryable: true);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Outcome(false, 0, null, $"no answer within {http.Timeout.TotalSeconds:0.#} s", Retryable: true);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
                return new Outcome(true, status, ActivityId(text), null, Retryable: false);
            var retryable = response.StatusCode == HttpStatusCode.TooManyRequests || status >= 500;
            return new Outcome(false, status, null, $"{status} {response.ReasonPhrase}: {Shorten(text)}", retryable, response.Headers.RetryAfter);
        }
    }

    /// <summary>The Connector answers <c>{"id":"1:abc"}</c> (a ResourceResponse); an empty body has no id.</summary>
    private static string? ActivityId(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.ValueKind == JsonValueKind.Object
                   && doc.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length > MaxErrorBody ? line[..MaxErrorBody] + "…" : line;
    }
}
