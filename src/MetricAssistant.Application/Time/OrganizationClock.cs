using System.Globalization;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Application.Time;

/// <summary>
/// "Now" in the organisation's time zone: the request's <c>now</c> when given (local time, ISO),
/// else the current time from <see cref="TimeProvider"/>.
/// </summary>
public sealed class OrganizationClock(TimeProvider time, IOptions<OrganizationOptions> options)
{
    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTime Now() => TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime;

    /// <summary>Parses a request's <c>now</c> ("2025-07-15T10:00:00" or "2025-07-15"); false when malformed.</summary>
    public bool TryResolve(string? requested, out DateTime now)
    {
        if (string.IsNullOrWhiteSpace(requested))
        {
            now = Now();
            return true;
        }
        if (DateTimeOffset.TryParse(requested, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            && requested.Length >= 10 && requested.Length <= 40)
        {
            // An explicit offset is converted into the organisation's zone; a bare local time is taken as is.
            now = HasOffset(requested) ? TimeZoneInfo.ConvertTime(parsed, zone).DateTime : parsed.DateTime;
            return now.Year is >= 1900 and <= 2200;
        }
        now = default;
        return false;
    }

    private static bool HasOffset(string text) => text.EndsWith('Z') || text.Length > 19 && (text[^6] == '+' || text[^6] == '-');
}
