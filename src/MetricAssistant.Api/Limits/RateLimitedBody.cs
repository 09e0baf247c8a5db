using MetricAssistant.Application.Contracts;

namespace MetricAssistant.Api.Limits;

/// <summary>The body of a 429: the answer contract's <c>status</c>/<c>error</c> shape, and when to try again.</summary>
public sealed record RateLimitedBody(string Status, ErrorDto Error, int RetryAfterSeconds, string Title, string Detail);
