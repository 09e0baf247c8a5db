using System.Globalization;

namespace MetricAssistant.Evals.Reports;

/// <summary>The short console form of a report: one line per set (and its conversations' line), the conformance line and the gate's verdict.</summary>
public static class ConsoleSummary
{
    public static IEnumerable<string> Lines(EvalReport report)
    {
        foreach (var set in report.Sets)
        {
            var o = set.Overall;
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{(set.HeldOut ? set.Name + " (held out)" : set.Name),-20} {o.Cases,4} cases  full {o.Full.Format()}  status {o.Status.Percent()}  metric {o.Metric.Percent()}  query {o.Query.Percent()}  alternatives {o.Alternatives.Percent()}  execution {o.Execution.Percent()}  latency p50 {ReportText.Ms(o.Latency.P50)} / p95 {ReportText.Ms(o.Latency.P95)} / max {ReportText.Ms(o.Latency.Max)} ms");
            if (set.Problems.Count > 0) yield return $"  {set.Problems.Count} case(s) could not be loaded (listed in report.md)";
            if (set.Conversations is { } conversations)
            {
                var c = conversations.Overall;
                yield return $"  {c.Conversations} conversations: whole {c.Whole.Format()}  turns {c.Turns.Format()}  first turns {c.FirstTurns.Format()}  follow-up turns {c.FollowUps.Format()}";
                var weakKinds = conversations.Kinds.Where(k => k.Value.Whole.Value is < 1.0).OrderBy(k => k.Value.Whole.Value).Take(3).ToArray();
                if (weakKinds.Length > 0) yield return "  weakest follow-up kinds: " + string.Join(", ", weakKinds.Select(k => $"{k.Key} {k.Value.Whole.Percent()}"));
            }
            var weakest = set.Categories.Where(c => c.Value.Full.Value is < 1.0).OrderBy(c => c.Value.Full.Value).Take(3).ToArray();
            if (weakest.Length > 0) yield return "  weakest categories: " + string.Join(", ", weakest.Select(c => $"{c.Key} {c.Value.Full.Percent()}"));
        }
        yield return $"conformance ({report.Conformance.Name}): {report.Conformance.Headline()}";
        if (report.Gate is { } gate)
            foreach (var line in gate.Describe()) yield return line;
        else
            yield return "no baseline: not gated";
        yield return string.Create(CultureInfo.InvariantCulture, $"{report.Cases.Count} cases in {report.DurationMs / 1000:0.0} s, {report.FailedCases().Count()} failed");
    }
}
