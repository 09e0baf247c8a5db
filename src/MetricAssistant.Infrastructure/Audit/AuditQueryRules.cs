using System.Globalization;
using MetricAssistant.Application.Audit;

namespace MetricAssistant.Infrastructure.Audit;

/// <summary>
/// The limits every audit reader shares (at most <see cref="MaxLimit"/> rows, <c>From</c> inclusive and
/// <c>To</c> exclusive, <c>From</c> before <c>To</c>) and the parsing of filter text from the API and the CLI.
/// </summary>
public static class AuditQueryRules
{
    public const int MaxLimit = 1000;
    public const int DefaultLimit = 100;
    private const int MaxFilterLength = 200;

    /// <summary>The problems with a query; empty when the stores accept it.</summary>
    public static IReadOnlyList<string> Problems(AuditFilter query)
    {
        var problems = new List<string>();
        if (query.Limit is < 1 or > MaxLimit) problems.Add($"limit must be between 1 and {MaxLimit} (was {query.Limit}).");
        if (query.From is { } from && query.To is { } to && from >= to) problems.Add($"from ({from:O}) must be before to ({to:O}).");
        CheckLength(query.UserId, "user", problems);
        CheckLength(query.Status, "status", problems);
        CheckLength(query.MetricId, "metric", problems);
        return problems;
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming every problem; the stores call it before any SQL.</summary>
    public static void EnsureValid(AuditFilter query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var problems = Problems(query);
        if (problems.Count > 0) throw new ArgumentException(string.Join(" ", problems), nameof(query));
    }

    /// <summary>
    /// Builds a query from filter text (empty text means "any"). Times are ISO 8601 ("2025-07-01",
    /// "2025-07-01T09:30", "2025-07-01T01:30:00Z", "…+08:00"); without an offset they are read in
    /// <paramref name="zone"/> (the organisation's time zone). False with the problems when anything is malformed.
    /// </summary>
    public static bool TryParse(string? user, string? status, string? metric, string? from, string? to, string? limit, TimeZoneInfo zone,
        out AuditFilter query, out IReadOnlyList<string> problems)
    {
        var found = new List<string>();
        var fromTime = ParseTime(from, "from", zone, found);
        var toTime = ParseTime(to, "to", zone, found);
        var rows = DefaultLimit;
        if (!string.IsNullOrWhiteSpace(limit) && !int.TryParse(limit.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out rows))
        {
            found.Add($"limit must be a whole number between 1 and {MaxLimit} (was '{Shorten(limit)}').");
            rows = DefaultLimit;
        }
        query = new AuditFilter(Blank(user), Blank(status), Blank(metric), fromTime, toTime, rows);
        found.AddRange(Problems(query));
        problems = found;
        return found.Count == 0;
    }

    private static DateTimeOffset? ParseTime(string? text, string name, TimeZoneInfo zone, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.Trim();
        string[] localFormats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];
        if (DateTime.TryParseExact(trimmed, localFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            var offset = zone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));
            return new DateTimeOffset(local, offset);
        }
        string[] offsetFormats = ["yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", "yyyy-MM-ddTHH:mmzzz", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-ddTHH:mmK"];
        if (DateTimeOffset.TryParseExact(trimmed, offsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var withOffset))
            return withOffset;
        problems.Add($"{name} must be an ISO 8601 date or time such as 2025-07-01, 2025-07-01T09:30 or 2025-07-01T01:30:00Z (was '{Shorten(trimmed)}').");
        return null;
    }

    private static void CheckLength(string? value, string name, List<string> problems)
    {
        if (value is { Length: > MaxFilterLength }) problems.Add($"{name} is longer than {MaxFilterLength} characters.");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
