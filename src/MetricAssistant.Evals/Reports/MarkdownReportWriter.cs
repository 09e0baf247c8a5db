using System.Globalization;
using System.Text;
using MetricAssistant.Evals.Scoring;
using static MetricAssistant.Evals.Reports.ReportText;

namespace MetricAssistant.Evals.Reports;

/// <summary>
/// Writes <c>report.md</c>: the headline table per set, the gate, parameters, per-category and
/// per-language tables, loader problems, the conformance suites, then every failure (and every execution
/// mismatch) with expected and actual side by side.
/// </summary>
public static class MarkdownReportWriter
{
    public const string FileName = "report.md";

    public static string Write(EvalReport report, string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        File.WriteAllText(path, Render(report));
        return path;
    }

    public static string Render(EvalReport report)
    {
        var md = new StringBuilder();
        md.AppendLine("# Eval report").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Generated {report.GeneratedAt:yyyy-MM-dd HH:mm:ss} UTC · planner `{report.Planner}` · {report.Cases.Count} cases in {report.DurationMs / 1000:0.0} s.");
        md.AppendLine("*full* = the case passed: status, the full query (answered) and the expected alternatives all right. *metric*, *query*: over expected-answered cases; *execution*: the expected query's rows equal the answer's, over answered cases with status and metric right.").AppendLine();

        md.AppendLine("## Headline").AppendLine();
        Header(md, "set", "cases", "full", "status", "metric", "query", "alternatives", "execution", "p50 ms", "p95 ms", "max ms");
        foreach (var set in report.Sets)
        {
            var o = set.Overall;
            Row(md, SetName(set), o.Cases.ToString(CultureInfo.InvariantCulture), o.Full.Format(), o.Status.Format(), o.Metric.Format(), o.Query.Format(),
                o.Alternatives.Format(), o.Execution.Format(), Ms(o.Latency.P50), Ms(o.Latency.P95), Ms(o.Latency.Max));
        }
        md.AppendLine();

        WriteGate(md, report);
        WriteParameters(md, report);
        foreach (var set in report.Sets)
        {
            WriteCards(md, $"Per category — {SetName(set)}", "category", set.Categories);
            WriteCards(md, $"Per language — {SetName(set)}", "language", set.Languages);
            if (set.Conversations is { } conversations) WriteConversations(md, SetName(set), conversations);
            if (set.Problems.Count > 0)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"### Loader problems — {SetName(set)} ({set.Problems.Count})").AppendLine();
                foreach (var problem in set.Problems) md.AppendLine(CultureInfo.InvariantCulture, $"- {problem}");
                md.AppendLine();
            }
        }
        WriteConformance(md, report.Conformance);
        foreach (var set in report.Sets) WriteFailures(md, set, report.Cases.Where(c => c.Set == set.Name && (!c.Score.Passed || c.Score.ExecutionMatch == false)).ToArray());
        return md.ToString();
    }

    private static string SetName(SetReport set) => set.HeldOut ? $"{set.Name} (held out)" : set.Name;

    private static void WriteGate(StringBuilder md, EvalReport report)
    {
        md.AppendLine("## Regression gate").AppendLine();
        if (report.Gate is not { } gate)
        {
            md.AppendLine("No baseline given: not gated.").AppendLine();
            return;
        }
        foreach (var line in gate.Describe()) md.AppendLine(line.StartsWith("  ", StringComparison.Ordinal) ? "- " + line.Trim() : $"**{line}**");
        md.AppendLine();
    }

    private static void WriteParameters(StringBuilder md, EvalReport report)
    {
        md.AppendLine("## Parameters (expected-answered cases)").AppendLine();
        Header(md, ["set", .. ParameterScores.Names]);
        foreach (var set in report.Sets)
            Row(md, [SetName(set), .. ParameterScores.Names.Select(n => set.Overall.Parameters.TryGetValue(n, out var r) ? r.Format() : "n/a")]);
        md.AppendLine();
    }

    private static void WriteCards(StringBuilder md, string title, string label, IReadOnlyDictionary<string, ScoreCard> cards)
    {
        md.AppendLine(CultureInfo.InvariantCulture, $"## {title}").AppendLine();
        Header(md, label, "cases", "full", "status", "metric", "query", "alternatives", "execution", "p95 ms");
        foreach (var (name, c) in cards)
            Row(md, name, c.Cases.ToString(CultureInfo.InvariantCulture), c.Full.Format(), c.Status.Format(), c.Metric.Format(), c.Query.Format(),
                c.Alternatives.Format(), c.Execution.Format(), Ms(c.Latency.P95));
        md.AppendLine();
    }

    /// <summary>Conversation cases: every turn counts as a case above; here the turns by position and whole conversations.</summary>
    private static void WriteConversations(StringBuilder md, string set, ConversationReport conversations)
    {
        md.AppendLine(CultureInfo.InvariantCulture, $"## Conversations — {set}").AppendLine();
        md.AppendLine("*whole* = every turn of the conversation passed; *follow-up turns* = turns 2 onwards, read with the conversation as context.").AppendLine();
        Header(md, "group", "conversations", "whole", "turns", "first turns", "follow-up turns");
        ConversationRow(md, "all", conversations.Overall);
        foreach (var (kind, figures) in conversations.Kinds) ConversationRow(md, $"kind: {kind}", figures);
        foreach (var (lang, figures) in conversations.Languages) ConversationRow(md, $"language: {lang}", figures);
        md.AppendLine();
    }

    private static void ConversationRow(StringBuilder md, string group, ConversationFigures f) =>
        Row(md, group, Num(f.Conversations), f.Whole.Format(), f.Turns.Format(), f.FirstTurns.Format(), f.FollowUps.Format());

    private static void WriteConformance(StringBuilder md, ConformanceSection section)
    {
        md.AppendLine(CultureInfo.InvariantCulture, $"## Conformance: {section.Name}").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"**{section.Headline()}** (`{section.Directory}`)").AppendLine();
        if (section.Status != ConformanceSection.Ran) return;
        Header(md, "file", "applicable", "passed", "documented differences", "failed", "out of scope", "pass rate (scored)");
        foreach (var f in section.Files)
            Row(md, Cell(f.File), Num(f.Total), Num(f.Passed), Num(f.Differences), Num(f.Failed), Num(f.Skipped), f.PassRate.Format());
        md.AppendLine();
        if (section.Rules.Count > 0)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"### Deliberate differences ({section.Rules.Count})").AppendLine();
            Header(md, "id", "counted as", "cases", "what", "why");
            foreach (var r in section.Rules) Row(md, Code(r.Id), Cell(r.Kind), Num(r.Cases), Cell(r.Description), Cell(r.Reason));
            md.AppendLine();
        }
        WriteDifferences(md, "Cases answered differently as documented", section.Differences, 100);
        WriteDifferences(md, "Failures", section.Failures, 200);
    }

    private static void WriteDifferences(StringBuilder md, string title, IReadOnlyList<ConformanceDifference> items, int max)
    {
        if (items.Count == 0) return;
        md.AppendLine(CultureInfo.InvariantCulture, $"### {title} ({items.Count}{(items.Count > max ? $", first {max} shown" : "")})").AppendLine();
        Header(md, "file", "input", "expected", "actual", "rule");
        foreach (var d in items.Take(max)) Row(md, Cell(d.File), Cell(d.Input), Code(d.Expected), Code(d.Actual), d.Reason is null ? "—" : Code(d.Reason));
        md.AppendLine();
    }

    private static void WriteFailures(StringBuilder md, SetReport set, IReadOnlyList<CaseResult> failures)
    {
        md.AppendLine(CultureInfo.InvariantCulture, $"## Failures — {SetName(set)} ({failures.Count})").AppendLine();
        if (failures.Count == 0)
        {
            md.AppendLine("None.").AppendLine();
            return;
        }
        foreach (var c in failures)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"### `{c.Id}` — {Cell(c.Question)}").AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"{c.File} · tags {string.Join(", ", c.Tags)} · {c.Lang} · user {c.User} · now {c.Now} · {Ms(c.LatencyMs)} ms").AppendLine();
            if (c.Turn is { } turn) md.AppendLine(TurnLine(turn)).AppendLine();
            md.AppendLine("Wrong: " + string.Join("; ", Wrong(c))).AppendLine();
            Header(md, "", "expected", "actual");
            Row(md, "status", c.Expected.Status, Cell(c.Actual.Status));
            Row(md, "metric", Cell(c.Expected.Query?.Metrics is { Count: > 0 } m ? m[0] : null), Cell(c.Actual.Query?.Metrics is { Count: > 0 } a ? a[0] : c.Actual.MetricId));
            Row(md, "query", Code(Query(c.Expected.Query)), Code(Query(c.Actual.Query)));
            Row(md, "alternatives", Cell(List(c.Expected.Alternatives)), Cell(List(c.Actual.Alternatives)));
            Row(md, "note / message", Cell(c.Expected.Note), Cell(c.Actual.Message));
            md.AppendLine();
        }
    }

    /// <summary>Where a failing turn stands: "Turn 2 of 3 of `conversation-zh-001` (a follow-up; clicked `gmv_ordered`)."</summary>
    public static string TurnLine(EvalTurn turn) =>
        $"Turn {turn.Number} of {turn.Count} of `{turn.Conversation}` ({(turn.IsFollowUp ? "a follow-up" : "the first question")}{(turn.Choose is { } chosen ? $"; clicked `{chosen}`" : "")}).";

    /// <summary>What the case got wrong, in words.</summary>
    public static IEnumerable<string> Wrong(CaseResult c)
    {
        var s = c.Score;
        if (!s.StatusRight) yield return $"status ({c.Actual.Status} instead of {c.Expected.Status})";
        if (s.MetricRight == false) yield return "metric";
        if (s.StatusRight && s.Parameters is { } p && !p.All) yield return "query: " + string.Join(", ", p.Wrong());
        if (s.AlternativesRight == false) yield return "alternatives missing " + string.Join(", ", s.MissingAlternatives);
        if (s.ExecutionMatch == false) yield return "execution: " + s.ExecutionDetail;
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
