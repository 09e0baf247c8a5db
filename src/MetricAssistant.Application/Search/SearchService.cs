using MetricAssistant.Application.Audit;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Identity;
using MetricAssistant.Application.Security;
using MetricAssistant.Understanding.Retrieval;

namespace MetricAssistant.Application.Search;

/// <summary>
/// Suggestions as the user types: the caller's own recent answered questions that match (from the audit
/// trail) first, then metrics and example questions — never a metric the caller may not see.
/// </summary>
public sealed class SearchService(IMetricRetriever retriever, RequestContext context, ICatalogProvider catalogs, IAuditLog audit)
{
    public const int MaxText = 200;
    public const int DefaultTop = 8;
    public const int MaxTop = 20;
    public const int MaxRecent = 3;

    /// <summary>How far back in the caller's answered questions a match is looked for.</summary>
    public const int RecentScan = 50;

    /// <param name="authenticated">The caller the door authenticated, or null to take the demo <paramref name="user"/>.</param>
    /// <returns>The suggestions, or why there are none: an unknown caller or an over-long text.</returns>
    public async Task<(SearchResponse? Response, ErrorDto? Error)> SearchAsync(string? text, int? top, Caller? authenticated, string? user, CancellationToken cancellationToken)
    {
        var typed = text?.Trim() ?? "";
        var (caller, _, error) = context.Resolve(authenticated, user, null);
        if (caller is null) return (null, error);
        if (typed.Length > MaxText) return (null, new ErrorDto("query_too_long", $"The search text is longer than {MaxText} characters.", []));
        if (typed.Length == 0) return (new SearchResponse(typed, []), null);

        var access = new AccessEvaluator(catalogs.Current);
        var suggestions = await retriever.SuggestAsync(typed, Math.Clamp(top ?? DefaultTop, 1, MaxTop), id => access.CanSee(caller, id), cancellationToken);
        // Only answered questions are offered again, and only while their metric is still open to the caller.
        var recent = (await audit.ReadAsync(new AuditFilter(UserId: caller.UserId, Status: AnswerStatus.Answered, Limit: RecentScan), cancellationToken))
            .Where(e => e.Question is { } q && q.Contains(typed, StringComparison.OrdinalIgnoreCase) && (e.MetricId is null || access.CanSee(caller, e.MetricId)))
            .DistinctBy(e => e.Question)
            .Take(MaxRecent)
            .Select(e => new SearchSuggestion("recent", e.Question!, e.MetricId, false, 1.0));
        return (new SearchResponse(typed, [.. recent, .. suggestions]), null);
    }
}
