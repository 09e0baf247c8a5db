using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding;

namespace MetricAssistant.Application.Asking;

/// <summary>
/// "本区域今年以来新增会员数" from a regional manager, "我负责的几个渠道上个月GMV" from an online-only asker: words naming the
/// asker's own part restate their row rule. Where the scope already is that part (the rule's dimension, or one whose values all
/// lie within it: channels within online/offline) the split they were read as is taken away and the words count as understood;
/// for an asker with no such rule they name no rows and the reading stays as it was.
/// </summary>
internal static class OwnScopeSplits
{
    public static QuestionReading Apply(QuestionReading reading, IReadOnlyList<QueryFilter> scope)
    {
        var own = reading.Result.Notices.OfType<OwnScopeNamed>().ToList();
        if (own.Count == 0 || reading.Result.Query is not { } query) return reading;
        // A finer part ranked ("my stores, top 5") is still looked at one by one; the rule's own dimension never is.
        var ranked = reading.Result.Ranking is not null || query.Limit is not null;
        var covered = own.Where(o => scope.Any(s => s.Dimension == o.Dimension || !ranked && Within(reading.Catalog, s.Dimension, o.Dimension))).ToList();
        if (covered.Count == 0) return reading;
        var groupBy = query.GroupBy.Where(d => !covered.Any(o => o.Dimension == d)).ToArray();
        // With no split left, nothing is ranked or cut.
        var narrowed = groupBy.Length > 0 || query.Grain is not null ? query with { GroupBy = groupBy } : query with { GroupBy = groupBy, OrderBy = [], Limit = null };
        var notices = reading.Result.Notices
            .Where(n => !(n is NotUnderstood left && covered.Any(o => o.Words.Contains(left.Text, StringComparison.Ordinal))))
            .ToArray();
        return reading with { Result = reading.Result with { Query = narrowed, Notices = notices } };
    }

    private static bool Within(SemanticCatalog catalog, string ruleDimension, string ownDimension) =>
        catalog.FindDimension(ownDimension) is { Values.Count: > 0 } finer && finer.Values.All(v => v.Within.Any(w => w.Dimension == ruleDimension));
}
