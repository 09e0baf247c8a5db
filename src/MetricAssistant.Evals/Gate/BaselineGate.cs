using MetricAssistant.Evals.Reports;

namespace MetricAssistant.Evals.Gate;

/// <summary>
/// The regression gate: fails when a set's full score, its whole-conversations score or any category's full score
/// drops by more than the tolerance (percentage points), or when a case (a conversation's turn: <c>id#n</c>) that
/// passed in the baseline fails now. Sets and
/// categories missing on either side are noted, not failed; new cases never fail the gate.
/// </summary>
public static class BaselineGate
{
    public const double DefaultTolerancePoints = 1.0;

    public static GateResult Check(Baseline baseline, Baseline current, double tolerancePoints = DefaultTolerancePoints, string baselineName = "baseline")
    {
        var drops = new List<ScoreDelta>();
        var failing = new List<CaseRef>();
        var notes = new List<string>();
        var tolerance = tolerancePoints / 100.0;

        foreach (var before in baseline.Sets)
        {
            if (current.Find(before.Name) is not { } after)
            {
                notes.Add($"set '{before.Name}' of the baseline was not run.");
                continue;
            }
            foreach (var score in (string[])["full", Baseline.ConversationsScore])
                Check(before.Name, score, before.Scores.GetValueOrDefault(score), after.Scores.GetValueOrDefault(score), tolerance, drops);
            foreach (var (tag, score) in before.Categories)
            {
                if (after.Categories.TryGetValue(tag, out var now)) Check(before.Name, $"category:{tag}", score, now, tolerance, drops);
                else notes.Add($"{before.Name}: category '{tag}' has no cases now.");
            }

            var failedNow = after.Failed.ToHashSet(StringComparer.Ordinal);
            var present = failedNow.Concat(after.Passed).ToHashSet(StringComparer.Ordinal);
            failing.AddRange(before.Passed.Where(failedNow.Contains).Select(id => new CaseRef(before.Name, id)));
            var gone = before.Passed.Concat(before.Failed).Count(id => !present.Contains(id));
            if (gone > 0) notes.Add($"{before.Name}: {gone} case(s) of the baseline are no longer in the set.");
        }
        var passed = drops.Count == 0 && failing.Count == 0;
        return new GateResult(passed, baselineName, tolerancePoints, drops, failing, notes);
    }

    private static void Check(string set, string score, double? before, double? after, double tolerance, List<ScoreDelta> drops)
    {
        if (before is not { } b || after is not { } a) return;
        if (b - a > tolerance + 1e-9) drops.Add(new ScoreDelta(set, score, b, a));
    }
}
