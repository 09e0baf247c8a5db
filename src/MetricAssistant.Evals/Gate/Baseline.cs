using MetricAssistant.Evals.Reports;
using MetricAssistant.Evals.Scoring;

namespace MetricAssistant.Evals.Gate;

/// <summary>The compact form of a report that is committed (<c>evals/baseline.json</c>) and compared against: per-case pass/fail and aggregates.</summary>
public sealed record Baseline(string Kind, int Version, DateTimeOffset GeneratedAt, string Planner, IReadOnlyList<BaselineSet> Sets)
{
    public const string BaselineKind = "metricassistant-eval-baseline";
    public const int CurrentVersion = 1;

    /// <summary>The share of whole conversations right, among a set's scores when it has conversation cases.</summary>
    public const string ConversationsScore = "conversations";

    /// <summary>The share of follow-up turns (turn 2 onwards) right, likewise.</summary>
    public const string FollowUpTurnsScore = "followUpTurns";

    public static Baseline From(EvalReport report) =>
        new(BaselineKind, CurrentVersion, report.GeneratedAt, report.Planner, report.Sets.Select(set => FromSet(report, set)).ToArray());

    public BaselineSet? Find(string set) => Sets.FirstOrDefault(s => s.Name == set);

    private static BaselineSet FromSet(EvalReport report, SetReport set)
    {
        var cases = report.Cases.Where(c => c.Set == set.Name).ToArray();
        var o = set.Overall;
        var scores = new Dictionary<string, double?>(StringComparer.Ordinal)
        {
            ["full"] = Round(o.Full),
            ["status"] = Round(o.Status),
            ["metric"] = Round(o.Metric),
            ["query"] = Round(o.Query),
            ["alternatives"] = Round(o.Alternatives),
            ["execution"] = Round(o.Execution),
        };
        // Conversation cases: whole conversations and follow-up turns beside the turns' part in the scores above.
        if (set.Conversations is { } conversations)
        {
            scores[ConversationsScore] = Round(conversations.Overall.Whole);
            scores[FollowUpTurnsScore] = Round(conversations.Overall.FollowUps);
        }
        return new BaselineSet(set.Name, o.Cases, scores,
            set.Categories.ToDictionary(c => c.Key, c => Round(c.Value.Full), StringComparer.Ordinal),
            set.Languages.ToDictionary(l => l.Key, l => Round(l.Value.Full), StringComparer.Ordinal),
            cases.Where(c => c.Score.Passed).Select(c => c.Id).Order(StringComparer.Ordinal).ToArray(),
            cases.Where(c => !c.Score.Passed).Select(c => c.Id).Order(StringComparer.Ordinal).ToArray());
    }

    private static double? Round(Rate rate) => rate.Value is { } v ? Math.Round(v, 6) : null;
}
