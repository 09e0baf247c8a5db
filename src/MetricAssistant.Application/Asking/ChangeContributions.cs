using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Execution;
using MetricAssistant.Application.Formatting;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Application.Asking;

/// <summary>
/// The "why" step: the question's change split by the metric's main dimensions, each split a governed
/// query run like any other (same compiler, the asker's scope). It shows where the change came from,
/// never its cause. Main dimensions: of those the metric reaches, not already filtered (by the question or the scope) or split, with
/// 3 to 8 values, the two with most values (catalog order breaking ties).
/// </summary>
public sealed class ChangeContributions(QueryService queries)
{
    private const int MainDimensions = 2;

    public static IReadOnlyList<string> MainDimensionsOf(SemanticCatalog catalog, SemanticQuery query) =>
        catalog.Reach.For(query.Metrics[0]) is not { } reach ? [] : reach.Dimensions
            .Where(d => !query.GroupBy.Contains(d) && !query.Filters.Concat(query.ScopeFilters).Any(f => f.Dimension == d))
            .Select(d => catalog.FindDimension(d)).OfType<DimensionDefinition>()
            .Where(d => d.Values.Count is >= 3 and <= 8)
            .Select((d, i) => (d, i)).OrderByDescending(p => p.d.Values.Count).ThenBy(p => p.i)
            .Take(MainDimensions).Select(p => p.d.Id).ToArray();

    public async Task<IReadOnlyList<ContributionDto>> SplitAsync(SemanticCatalog catalog, SemanticQuery query, double? totalChange, string language, CancellationToken cancellationToken)
    {
        var metric = catalog.Metrics[query.Metrics[0]];
        // Only a plain sum or count adds up over values; for a ratio or a snapshot the parts are shown without a share.
        var additive = metric.Calculation.Type == MetricType.Simple && catalog.FindModel(metric.Calculation.Simple!.Model)?.FindMeasure(metric.Calculation.Simple.Measure) is { SemiAdditive: null } measure && measure.Aggregation.IsAdditive();
        var contributions = new List<ContributionDto>();
        foreach (var dimension in MainDimensionsOf(catalog, query))
        {
            var split = query with { Metrics = [metric.Id], GroupBy = [dimension], Grain = null, OrderBy = [], Limit = null, Explain = false };
            var answer = await queries.ExecuteAsync(catalog, split, language, cancellationToken);
            if (answer.Status != AnswerStatus.Answered) continue;
            int Column(ColumnRole role) => answer.Columns.ToList().FindIndex(c => c.Role == role && c.Metric == metric.Id);
            var (value, previous, change) = (Column(ColumnRole.Value), Column(ColumnRole.Previous), Column(ColumnRole.Change));
            if (value < 0 || previous < 0 || change < 0) continue;
            var definition = catalog.FindDimension(dimension);
            contributions.AddRange(answer.Rows
                .Select(row => new ContributionDto(
                    dimension,
                    Convert.ToString(row[0], System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    definition?.FindValue(Convert.ToString(row[0], System.Globalization.CultureInfo.InvariantCulture) ?? "")?.Name.For(language),
                    RowValues.Number(row[value]), RowValues.Number(row[previous]), RowValues.Number(row[change]),
                    additive && totalChange is { } total && total != 0 && RowValues.Number(row[change]) is { } c ? c / total : null))
                .OrderByDescending(c => Math.Abs(c.Change ?? 0)));
        }
        return contributions;
    }

    /// <summary>"变化来源（只说明变化来自哪里，不说明原因）：区域 华东 -12.3万元（45%）…" / "Where the change came from (not why): …".</summary>
    public static string? Describe(SemanticCatalog catalog, MetricDefinition metric, IReadOnlyList<ContributionDto> contributions, string language)
    {
        if (contributions.Count == 0) return null;
        var zh = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var parts = contributions.GroupBy(c => c.Dimension).Select(g =>
        {
            var name = catalog.FindDimension(g.Key)?.Name.For(zh ? "zh" : "en") ?? g.Key;
            var items = g.Take(3).Select(c => $"{c.Name ?? c.Value} {Signed(c.Change, metric, language)}{(c.Share is { } s ? (zh ? $"（占{Percent(s)}）" : $" ({Percent(s)})") : "")}");
            return zh ? $"{name}：{string.Join("，", items)}" : $"{name.ToLowerInvariant()}: {string.Join(", ", items)}";
        });
        return zh
            ? $"变化来源（只说明变化来自哪些部分，不说明原因）—{string.Join("；", parts)}。"
            : $"Where the change came from (this shows where, not why) — {string.Join("; ", parts)}.";
    }

    private static string Signed(double? change, MetricDefinition metric, string language) =>
        change is null ? "—" : (change >= 0 ? "+" : "-") + NumberFormatter.Format(Math.Abs(change.Value), metric.Format, language);

    private static string Percent(double share) => share.ToString("0%", System.Globalization.CultureInfo.InvariantCulture);
}
