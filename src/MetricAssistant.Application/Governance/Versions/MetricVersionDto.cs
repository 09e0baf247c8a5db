using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Governance.Versions;

/// <summary>
/// One published version of a metric, as <c>GET /api/metrics/{id}/versions</c> lists it:
/// <c>{ "version": 3, "status": "published", "publishedAt": "…", "publishedBy": "…", "summary": { "zh": "…", "en": "…" } }</c>.
/// </summary>
/// <param name="Status">The current version's own status (<c>published</c>, <c>deprecated</c>…); every earlier one is <c>superseded</c>.</param>
/// <param name="PublishedAt">When the version's last revision was stored (the changelog date when the store holds no history).</param>
/// <param name="PublishedBy">Who stored it (a user, <c>seed</c> or <c>import</c>; the changelog author when the store holds no history).</param>
/// <param name="Summary">The changelog entry of this version, in both languages (null when the text has none).</param>
/// <param name="Revision">The store revision that holds this version's text (null when the store has no history for the metric).</param>
/// <param name="Date">The changelog entry's own date and <paramref name="Author"/>, as the definition's authors wrote them.</param>
public sealed record MetricVersionDto(
    int Version,
    string Status,
    DateTimeOffset? PublishedAt,
    string? PublishedBy,
    LocalizedText? Summary,
    bool Current,
    long? Revision,
    string? Reason,
    string? Date,
    string? Author);
