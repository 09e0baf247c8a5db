using System.ComponentModel.DataAnnotations;

namespace MetricAssistant.Api.Limits;

/// <summary>
/// Per-caller request budgets (<c>RateLimits:</c>): each caller — the authenticated user, else the client's IP
/// address — has a bucket per kind of endpoint that refills continuously. The defaults are far above what a
/// person asks; they stop scripts and floods, not use.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public bool Enabled { get; set; } = true;

    /// <summary>/api/ask, /api/query, /api/search: requests per minute per caller (also the burst).</summary>
    [Range(1, 1_000_000)]
    public int AnswersPerMinute { get; set; } = 600;

    /// <summary>/api/messages (Teams): per sending address, since the Bot Connector posts for a whole tenant.</summary>
    [Range(1, 1_000_000)]
    public int TeamsPerMinute { get; set; } = 1200;

    /// <summary>Catalog, versions, proposals, requests, inbox, lineage, audit, feedback, examples: per caller.</summary>
    [Range(1, 1_000_000)]
    public int GovernancePerMinute { get; set; } = 600;
}
