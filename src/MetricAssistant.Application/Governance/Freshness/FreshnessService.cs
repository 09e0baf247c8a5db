using System.Globalization;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Governance.Freshness;

/// <summary>
/// Freshness of answers: how far the data of each source table of the answer's metrics goes (cached, see
/// <see cref="FreshnessCache"/>) and whether the oldest is older than the metrics' expected schedule at <c>now</c>
/// (the request's, else the organisation clock's), added to the answer as <see cref="Answer.Freshness"/> and a line of its message.
/// </summary>
public sealed class FreshnessService(FreshnessCache cache)
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss";

    /// <summary>The freshness of some metrics' data at <paramref name="now"/>, or null when no source could tell.</summary>
    public async Task<(FreshnessDto? Freshness, TimeSpan Every)> ForAsync(SemanticCatalog catalog, IReadOnlyList<string> metricIds, DateTime now, CancellationToken cancellationToken)
    {
        var metrics = metricIds.Select(catalog.FindMetric).OfType<MetricDefinition>().ToArray();
        var sources = metrics.SelectMany(m => MetricSources.Of(catalog, m)).Distinct().ToArray();
        if (sources.Length == 0) return (null, default);
        var expected = metrics.Select(m => MetricSources.Expected(catalog, m)).MaxBy(e => e.Every);
        var found = new List<(FreshnessSource Source, DateTime? Until)>();
        foreach (var source in sources) found.Add((source, await cache.NewestAsync(source, cancellationToken).ConfigureAwait(false)));
        var known = found.Where(f => f.Until is not null).Select(f => f.Until!.Value).ToArray();
        if (known.Length == 0) return (null, default);
        var until = known.Min();
        var dto = new FreshnessDto(Format(until), now - until > expected.Every, expected.Text,
            found.Select(f => new FreshnessSourceDto(f.Source.Model, f.Source.Table.ToString(), f.Source.Column, f.Source.LoadLog, f.Until is { } u ? Format(u) : null)).ToArray());
        return (dto, expected.Every);
    }

    /// <summary>An answered answer with its freshness and the freshness line after its message; any other answer as it is.</summary>
    public async Task<Answer> AttachAsync(Answer answer, SemanticCatalog catalog, DateTime now, string language, CancellationToken cancellationToken)
    {
        if (answer.Status != AnswerStatus.Answered || answer.Query?.Metrics is not { Count: > 0 } ids) return answer;
        var (freshness, every) = await ForAsync(catalog, ids, now, cancellationToken).ConfigureAwait(false);
        if (freshness is null) return answer;
        var line = FreshnessText.Describe(freshness, every, language.StartsWith("zh", StringComparison.OrdinalIgnoreCase));
        return answer with { Freshness = freshness, Message = string.IsNullOrEmpty(answer.Message) ? line : $"{answer.Message} {line}" };
    }

    private static string Format(DateTime time) => time.ToString(TimeFormat, CultureInfo.InvariantCulture);
}
