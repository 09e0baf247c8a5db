using System.Globalization;
using System.Net;
using System.Text;
using MetricAssistant.Evals.Scoring;

namespace MetricAssistant.Evals.Reports;

/// <summary>
/// Writes <c>report.html</c>: one self-contained page (inline CSS and SVG, no external assets) with the
/// headline table, a bar chart of the full score per category for each set, the conformance line and the failures.
/// </summary>
public static class HtmlReportWriter
{
    public const string FileName = "report.html";
    private const int BarWidth = 360;
    private const int RowHeight = 22;
    private const int LabelWidth = 170;

    public static string Write(EvalReport report, string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        File.WriteAllText(path, Render(report));
        return path;
    }

    public static string Render(EvalReport report)
    {
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Eval report</title><style>")
            .AppendLine("body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}")
            .AppendLine("td,th{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top}th{background:#f3f3f3}")
            .AppendLine("code{font-size:90%;word-break:break-all}.fail{color:#b00}.pass{color:#070}svg text{font-size:12px}")
            .AppendLine("</style></head><body>");
        html.AppendLine(CultureInfo.InvariantCulture, $"<h1>Eval report</h1><p>Generated {report.GeneratedAt:yyyy-MM-dd HH:mm:ss} UTC · planner <code>{E(report.Planner)}</code> · {report.Cases.Count} cases in {report.DurationMs / 1000:0.0} s</p>");

        html.AppendLine("<h2>Headline</h2><table><tr><th>set</th><th>cases</th><th>full</th><th>status</th><th>metric</th><th>query</th><th>alternatives</th><th>execution</th><th>p50 ms</th><th>p95 ms</th><th>max ms</th></tr>");
        foreach (var set in report.Sets)
        {
            var o = set.Overall;
            html.Append("<tr><td>").Append(E(set.HeldOut ? set.Name + " (held out)" : set.Name)).Append("</td><td>").Append(o.Cases.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            foreach (var rate in new[] { o.Full, o.Status, o.Metric, o.Query, o.Alternatives, o.Execution }) html.Append("<td>").Append(E(rate.Format())).Append("</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{ReportText.Ms(o.Latency.P50)}</td><td>{ReportText.Ms(o.Latency.P95)}</td><td>{ReportText.Ms(o.Latency.Max)}</td></tr>").AppendLine();
        }
        html.AppendLine("</table>");

        if (report.Gate is { } gate)
        {
            html.Append("<h2>Regression gate</h2><ul>");
            foreach (var line in gate.Describe()) html.Append("<li class=\"").Append(gate.Passed ? "pass" : "fail").Append("\">").Append(E(line.Trim())).Append("</li>");
            html.AppendLine("</ul>");
        }

        foreach (var set in report.Sets)
        {
            html.AppendLine(CultureInfo.InvariantCulture, $"<h2>Full score per category — {E(set.Name)}</h2>");
            html.AppendLine(Chart(set.Categories));
        }
        foreach (var set in report.Sets)
            if (set.Conversations is { } conversations) html.AppendLine(Conversations(set.Name, conversations));

        html.AppendLine(CultureInfo.InvariantCulture, $"<h2>Conformance: {E(report.Conformance.Name)}</h2><p>{E(report.Conformance.Headline())}</p>");

        var failures = report.FailedCases().ToArray();
        html.AppendLine(CultureInfo.InvariantCulture, $"<h2>Failures ({failures.Length})</h2><table><tr><th>case</th><th>question</th><th>wrong</th><th>expected</th><th>actual</th></tr>");
        foreach (var c in failures)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(c.Id)}<br>{E(c.Set)}</td><td>{E(c.Question)}{(c.Turn is { } turn ? $"<br><small>{E(MarkdownReportWriter.TurnLine(turn).Replace("`", ""))}</small>" : "")}</td><td>{E(string.Join("; ", MarkdownReportWriter.Wrong(c)))}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{E(c.Expected.Status)}<br><code>{E(ReportText.Query(c.Expected.Query))}</code></td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{E(c.Actual.Status)}<br><code>{E(ReportText.Query(c.Actual.Query))}</code><br>{E(c.Actual.Message ?? "")}</td></tr>").AppendLine();
        }
        html.AppendLine("</table></body></html>");
        return html.ToString();
    }

    /// <summary>The conversation figures: whole conversations, turns, first and follow-up turns, overall, per kind and per language.</summary>
    public static string Conversations(string set, ConversationReport conversations)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h2>Conversations — {E(set)}</h2><table><tr><th>group</th><th>conversations</th><th>whole</th><th>turns</th><th>first turns</th><th>follow-up turns</th></tr>");
        IEnumerable<(string, ConversationFigures)> rows = [("all", conversations.Overall), .. conversations.Kinds.Select(k => ($"kind: {k.Key}", k.Value)),
            .. conversations.Languages.Select(l => ($"language: {l.Key}", l.Value))];
        foreach (var (group, f) in rows)
        {
            html.Append("<tr><td>").Append(E(group)).Append("</td><td>").Append(f.Conversations.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            foreach (var rate in new[] { f.Whole, f.Turns, f.FirstTurns, f.FollowUps }) html.Append("<td>").Append(E(rate.Format())).Append("</td>");
            html.Append("</tr>");
        }
        return html.Append("</table>").ToString();
    }

    /// <summary>A horizontal bar per category: the full score, with the count of cases.</summary>
    public static string Chart(IReadOnlyDictionary<string, ScoreCard> categories)
    {
        var height = Math.Max(1, categories.Count) * RowHeight + 10;
        var width = LabelWidth + BarWidth + 130;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"full score per category\">");
        var y = 5;
        foreach (var (name, card) in categories)
        {
            var value = card.Full.Value ?? 0;
            var bar = (int)Math.Round(value * BarWidth);
            var color = value >= 0.9 ? "#3a8f3a" : value >= 0.7 ? "#d4a017" : "#c0392b";
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\">{E(name)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{BarWidth}\" height=\"{RowHeight - 6}\" fill=\"#eee\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{bar}\" height=\"{RowHeight - 6}\" fill=\"{color}\"><title>{E(name)}: {E(card.Full.Format())}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + BarWidth + 6}\" y=\"{y + 15}\">{E(card.Full.Format())}</text>");
            y += RowHeight;
        }
        return svg.Append("</svg>").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
