using System.Net.Http.Headers;

namespace MetricAssistant.Bot.Connector;

/// <summary>How long to wait before the next attempt: the server's Retry-After when it gives one, otherwise
/// exponential backoff (base × 2^(attempt−1), capped) with jitter so many replies do not retry in lockstep.</summary>
internal static class ConnectorRetryDelay
{
    public static TimeSpan Next(int attempt, BotOptions options, RetryConditionHeaderValue? retryAfter, DateTimeOffset now, Random random)
    {
        if (FromRetryAfter(retryAfter, now) is { } server)
            return server;
        var exponential = options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 16));
        var capped = Math.Min(exponential, options.RetryMaxDelay.TotalMilliseconds);
        // Half fixed, half random: never sooner than half the backoff.
        return TimeSpan.FromMilliseconds(capped / 2 + random.NextDouble() * capped / 2);
    }

    /// <summary><c>Retry-After: 2</c> (seconds) or <c>Retry-After: Wed, 21 Oct 2026 07:28:00 GMT</c>.</summary>
    internal static TimeSpan? FromRetryAfter(RetryConditionHeaderValue? retryAfter, DateTimeOffset now)
    {
        if (retryAfter?.Delta is { } delta)
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (retryAfter?.Date is { } date)
            return date > now ? date - now : TimeSpan.Zero;
        return null;
    }
}
