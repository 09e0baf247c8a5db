using System.ComponentModel.DataAnnotations;

namespace MetricAssistant.Api.Limits;

/// <summary>Bounds on a request's size (<c>RequestLimits:</c>); what is longer or deeper is refused with 413 or 400.</summary>
public sealed class RequestLimitOptions
{
    public const string Section = "RequestLimits";

    /// <summary>The largest request body, in bytes (413 beyond). Teams activities have their own, smaller bound.</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The deepest JSON a body may nest (400 beyond); the contracts need fewer than 8 levels.</summary>
    [Range(8, 256)]
    public int MaxJsonDepth { get; set; } = 32;
}
