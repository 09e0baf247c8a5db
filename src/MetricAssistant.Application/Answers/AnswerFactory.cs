using System.Globalization;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler;
using MetricAssistant.Compiler.Queries;

namespace MetricAssistant.Application.Answers;

/// <summary>Builds answers in the contract's shape, with the definition and a message in the asker's language.</summary>
public static class AnswerFactory
{
    public static Answer Invalid(ErrorDto error, string? question = null, TimingsDto? timings = null) => new()
    {
        Status = AnswerStatus.Invalid,
        Question = question,
        Message = error.Message,
        Error = error,
        Timings = timings ?? new TimingsDto(0, 0, 0, 0),
    };

    public static MetricRefDto Reference(MetricDefinition metric, string language) =>
        new(metric.Id, metric.Name.For(language), metric.Version, metric.Owner.For(language), metric.Official, Status(metric.Status));

    public static string Status(MetricStatus status) => status switch
    {
        MetricStatus.InReview => "in_review",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static IReadOnlyList<AlternativeDto> Variants(SemanticCatalog catalog, MetricDefinition metric, string language) =>
        metric.Family is null
            ? []
            : catalog.Metrics.Values
                .Where(m => m.Family == metric.Family && m.Id != metric.Id && m.IsPublished)
                .OrderBy(m => m.Id, StringComparer.Ordinal)
                .Select(m => new AlternativeDto(m.Id, m.Name.For(language)))
                .ToArray();

    /// <summary>"GMV (paid), 2025-01-01 – 2025-12-31, by month and region: 60 rows" or the single value.</summary>
    public static string Message(MetricDefinition metric, SemanticQuery query, CompiledQuery compiled, IReadOnlyList<IReadOnlyList<object?>> rows, string language)
    {
        var zh = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var last = query.TimeRange.End.AddDays(-1);
        var range = query.TimeRange.Start == last
            ? query.TimeRange.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : $"{query.TimeRange.Start:yyyy-MM-dd} – {last:yyyy-MM-dd}";
        var splits = new List<string>();
        if (query.Grain is { } grain) splits.Add(zh ? GrainZh(grain) : $"by {grain.ToString().ToLowerInvariant()}");
        if (query.GroupBy.Count > 0)
            splits.Add(zh ? "按" + string.Join("、", query.GroupBy.Select(d => compiled.Plan.GroupBy.First(g => g.Id == d).Name.Zh))
                          : "by " + string.Join(" and ", query.GroupBy));
        var head = $"{metric.Name.For(language)}{(zh ? "，" : ", ")}{range}{(splits.Count > 0 ? (zh ? "，" : ", ") + string.Join(zh ? "，" : ", ", splits) : "")}";
        var valueIndex = compiled.Columns.ToList().FindIndex(c => c.Name == metric.Id);
        if (rows.Count == 1 && splits.Count == 0 && valueIndex >= 0)
            return $"{head}{(zh ? "：" : ": ")}{NumberFormatter.Format(rows[0][valueIndex], metric.Format, language)}";
        return zh ? $"{head}：共{rows.Count}行。" : $"{head}: {rows.Count} row{(rows.Count == 1 ? "" : "s")}.";
    }

    private static string GrainZh(TimeGrain grain) => grain switch
    {
        TimeGrain.Day => "按天",
        TimeGrain.Week => "按周",
        TimeGrain.Month => "按月",
        TimeGrain.Quarter => "按季度",
        _ => "按年",
    };
}
