using System.Globalization;
using System.Text;
using MetricAssistant.Catalog.Dbt;

namespace MetricAssistant.Infrastructure.Dbt;

/// <summary>The outcome of every case, with the import it ran on; tables per file and per feature and the one summary line.</summary>
public sealed record MfConformanceReport(string Engine, IReadOnlyList<MfCaseOutcome> Outcomes, DbtImportResult Import, IReadOnlyList<string> Problems)
{
    public int Passed => Outcomes.Count(o => o.Verdict == MfVerdict.Passed);
    public int Failed => Outcomes.Count(o => o.Verdict == MfVerdict.Failed);
    public int Unsupported => Outcomes.Count(o => o.Verdict == MfVerdict.Unsupported);

    /// <summary>The last line the command prints.</summary>
    public string SummaryLine => string.Create(CultureInfo.InvariantCulture, $"mf-conformance: {Passed} passed, {Failed} failed, {Unsupported} unsupported");

    /// <summary>
    /// A failure in a word. "zero where MetricFlow has NULL": the catalog's sums and counts over no rows are 0 (its
    /// compiler's rule, so a split shows "0 orders"), MetricFlow's are NULL unless the metric says fill_nulls_with: 0.
    /// </summary>
    public static string Cause(string? detail) => detail switch
    {
        null => "unknown",
        _ when detail.EndsWith("the check query has NULL", StringComparison.Ordinal) => "a value where MetricFlow has NULL (the catalog counts no rows as 0)",
        _ when detail.StartsWith("compile:", StringComparison.Ordinal) => "the compiler refused the query",
        _ when detail.StartsWith("check query", StringComparison.Ordinal) => "the check query did not run",
        _ when detail.StartsWith("compiled query", StringComparison.Ordinal) => "the compiled query did not run",
        _ when detail.Contains(" rows, the check query has ", StringComparison.Ordinal) => "a different number of rows",
        _ when detail.StartsWith("column", StringComparison.Ordinal) || detail.StartsWith("the check query has columns", StringComparison.Ordinal) => "different columns",
        _ => "different values",
    };

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# MetricFlow conformance ({Engine})").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Import: {Import.Summary}").AppendLine();
        foreach (var problem in Problems) text.AppendLine(CultureInfo.InvariantCulture, $"- problem: {problem}");
        text.AppendLine("| file | cases | passed | failed | unsupported | pass rate of runnable |").AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var file in Outcomes.GroupBy(o => o.Case.File).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            int Count(MfVerdict v) => file.Count(o => o.Verdict == v);
            var runnable = Count(MfVerdict.Passed) + Count(MfVerdict.Failed);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {file.Key} | {file.Count()} | {Count(MfVerdict.Passed)} | {Count(MfVerdict.Failed)} | {Count(MfVerdict.Unsupported)} | {(runnable == 0 ? "-" : $"{100.0 * Count(MfVerdict.Passed) / runnable:0.0}%")} |");
        }
        text.AppendLine().AppendLine("| unsupported feature | cases |").AppendLine("|---|---:|");
        foreach (var feature in Outcomes.Where(o => o.Unsupported is not null).GroupBy(o => o.Unsupported!.Label).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            text.AppendLine(CultureInfo.InvariantCulture, $"| {feature.Key} | {feature.Count()} |");
        var failed = Outcomes.Where(o => o.Verdict == MfVerdict.Failed).ToList();
        if (failed.Count > 0)
        {
            text.AppendLine().AppendLine("| cause of failure | cases |").AppendLine("|---|---:|");
            foreach (var cause in failed.GroupBy(o => Cause(o.Detail)).OrderByDescending(g => g.Count()))
                text.AppendLine(CultureInfo.InvariantCulture, $"| {cause.Key} | {cause.Count()} |");
            text.AppendLine().AppendLine("Failed:");
            foreach (var o in failed) text.AppendLine(CultureInfo.InvariantCulture, $"- {o.Case.File}:{o.Case.Line} {o.Case.Name}: {o.Detail}");
        }
        foreach (var o in Outcomes.Where(o => o.Trace is not null))
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {o.Case.Name} ({o.Verdict})");
            text.AppendLine("```sql").AppendLine(o.Trace!.Sql).AppendLine("```").AppendLine("```sql").AppendLine(o.Trace.CheckSql).AppendLine("```");
            foreach (var (label, table) in new[] { ("answer", o.Trace.Actual), ("check", o.Trace.Expected) })
            {
                if (table is null) continue;
                text.AppendLine(CultureInfo.InvariantCulture, $"{label}: {string.Join(" | ", table.Columns)}");
                foreach (var row in table.Rows.Take(40)) text.AppendLine("  " + string.Join(" | ", row.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "NULL")));
            }
        }
        return text.ToString();
    }
}
