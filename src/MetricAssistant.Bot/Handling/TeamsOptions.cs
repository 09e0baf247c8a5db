using System.ComponentModel.DataAnnotations;

namespace MetricAssistant.Bot.Handling;

/// <summary>
/// How Teams users become catalog identities and how turns are run (configuration section <c>Teams</c>).
/// Users map a Teams user (Entra object id, optionally tenant) to a catalog user; an unknown user gets
/// <see cref="UnknownUserRole"/> or, when that is empty, a polite refusal.
/// </summary>
public sealed class TeamsOptions : IValidatableObject
{
    public const string Section = "Teams";

    public List<TeamsUserMapping> Users { get; set; } = [];

    /// <summary>A catalog role for Teams users not listed in <see cref="Users"/> (e.g. "viewer"); empty refuses them.</summary>
    public string? UnknownUserRole { get; set; }

    /// <summary>Where Teams clients fetch chart images (https://bot.example.com); defaults to the request's own host.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Pins "now" for relative times (demo data ends in 2025); empty uses the organisation's clock.</summary>
    public string? ReferenceNow { get; set; }

    /// <summary>How long /api/messages waits for the answer before acknowledging and finishing in the background.</summary>
    [Range(0, 10_000)]
    public int AcknowledgeWithinMs { get; set; } = 1500;

    [Range(1, 256)]
    public int MaxConcurrentTurns { get; set; } = 8;

    /// <summary>Turns running or waiting beyond which /api/messages answers 503 with Retry-After (the channel retries).</summary>
    [Range(1, 100_000)]
    public int MaxPendingTurns { get; set; } = 1000;

    /// <summary>
    /// With a shared store: how long a replica's claim on a turn it runs lasts without renewal. A replica that dies mid-turn
    /// stops renewing, and another answers the turn once this has passed (renewed every <see cref="TurnRecoveryIntervalMs"/>).
    /// </summary>
    [Range(2, 600)]
    public int TurnLeaseSeconds { get; set; } = 30;

    /// <summary>How often a replica renews its leases and looks for turns whose replica died.</summary>
    [Range(50, 60_000)]
    public int TurnRecoveryIntervalMs { get; set; } = 2000;

    [Range(64, 4 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    [Range(1, 50)]
    public int MaxTableRows { get; set; } = 10;

    /// <summary>How long a channel's or group chat's roster is trusted before it is read again (it is also re-read when members come or go).</summary>
    [Range(1, 1440)]
    public int RosterLifetimeMinutes { get; set; } = 10;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Users.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Users[i].AadObjectId) || string.IsNullOrWhiteSpace(Users[i].User))
                yield return new ValidationResult($"Teams:Users:{i} needs AadObjectId and User.", [nameof(Users)]);
        }
        if (PublicBaseUrl is { Length: > 0 } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            yield return new ValidationResult("Teams:PublicBaseUrl must be an absolute http(s) URL.", [nameof(PublicBaseUrl)]);
        if (ReferenceNow is { Length: > 0 } now && !DateTime.TryParse(now, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
            yield return new ValidationResult("Teams:ReferenceNow must be an ISO date-time such as 2025-07-15T10:00:00.", [nameof(ReferenceNow)]);
    }
}
