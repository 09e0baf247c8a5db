
namespace MetricAssistant.Evals.Scoring;

/// <summary>
/// Aggregate scores over a group of cases (a set, a category, a language). <see cref="Full"/> is the
/// headline: cases that passed (status, full query and alternatives all right). <see cref="Metric"/>,
/// <see cref="Query"/> and <see cref="Parameters"/> count only expected-answered cases,
/// <see cref="Alternatives"/> only cases that list some, <see cref="Execution"/> only cases measured.
/// </summary>
public sealed record ScoreCard(
    int Cases,
    Rate Full,
    Rate Status,
    Rate Metric,
    Rate Query,
    IReadOnlyDictionary<string, Rate> Parameters,
    Rate Alternatives,
    Rate Execution,
    LatencyStats Latency)
{
    public static ScoreCard From(IReadOnlyCollection<CaseResult> results)
    {
        var scores = results.Select(r => r.Score).ToArray();
        var parameters = new Dictionary<string, Rate>(StringComparer.Ordinal);
        foreach (var name in ParameterScores.Names)
            parameters[name] = Rate.Of(scores.Select(s => s.Parameters?.Items().First(i => i.Name == name).Right));
        return new ScoreCard(
            results.Count,
            Rate.Of(scores.Select(s => (bool?)s.Passed)),
            Rate.Of(scores.Select(s => (bool?)s.StatusRight)),
            Rate.Of(scores.Select(s => s.MetricRight)),
            Rate.Of(scores.Select(s => s.QueryRight)),
            parameters,
            Rate.Of(scores.Select(s => s.AlternativesRight)),
            Rate.Of(scores.Select(s => s.ExecutionMatch)),
            LatencyStats.From(results.Select(r => r.LatencyMs)));
    }
}
