using MetricAssistant.Evals.Scoring;

namespace MetricAssistant.Evals.Reports;

/// <summary>Aggregates set runs into a report: per set, per category (in the conventions' order) and per language.</summary>
public static class ReportBuilder
{
    public static EvalReport Build(IReadOnlyList<SetRun> runs, ConformanceSection conformance, string planner, TimeSpan duration, DateTimeOffset? generatedAt = null)
    {
        var sets = runs.Select(BuildSet).ToArray();
        var cases = runs.SelectMany(r => r.Results).ToArray();
        return new EvalReport(EvalReport.ReportKind, EvalReport.CurrentVersion, generatedAt ?? DateTimeOffset.UtcNow, planner,
            Math.Round(duration.TotalMilliseconds, 1), sets, conformance, cases);
    }

    public static SetReport BuildSet(SetRun run)
    {
        var results = run.Results;
        var tags = results.SelectMany(r => r.Tags).Distinct(StringComparer.Ordinal)
            .OrderBy(t => Order(EvalVocabulary.AllTags, t)).ThenBy(t => t, StringComparer.Ordinal);
        var categories = new Dictionary<string, ScoreCard>(StringComparer.Ordinal);
        foreach (var tag in tags) categories[tag] = ScoreCard.From(results.Where(r => r.Tags.Contains(tag)).ToArray());

        var languages = new Dictionary<string, ScoreCard>(StringComparer.Ordinal);
        foreach (var lang in results.Select(r => r.Lang).Distinct(StringComparer.Ordinal).OrderBy(l => Order(EvalVocabulary.Languages, l)).ThenBy(l => l, StringComparer.Ordinal))
            languages[lang] = ScoreCard.From(results.Where(r => r.Lang == lang).ToArray());

        return new SetReport(run.Source.Name, run.Source.Directory, run.Source.HeldOut, run.Problems, ScoreCard.From(results.ToArray()), categories, languages,
            ConversationReport.From(results));
    }

    private static int Order(IReadOnlyList<string> known, string value)
    {
        for (var i = 0; i < known.Count; i++)
            if (known[i] == value) return i;
        return known.Count;
    }
}
