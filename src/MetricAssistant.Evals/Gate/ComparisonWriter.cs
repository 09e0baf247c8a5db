using System.Globalization;
using System.Text;
using MetricAssistant.Evals.Reports;
using static MetricAssistant.Evals.Reports.ReportText;

namespace MetricAssistant.Evals.Gate;

/// <summary>Renders a <see cref="ReportComparison"/> as Markdown (<c>compare.md</c>) and as a short console text.</summary>
public static class ComparisonWriter
{
    public const string FileName = "compare.md";

    public static string Write(ReportComparison comparison, string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        File.WriteAllText(path, Render(comparison));
        return path;
    }

    public static string Render(ReportComparison comparison)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Eval comparison: `{comparison.Before}` → `{comparison.After}`").AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{comparison.Broken.Count} broken, {comparison.Fixed.Count} fixed, {comparison.Added.Count} added, {comparison.Removed.Count} removed.").AppendLine();
        Cases(md, "Broken (passed before, fail now)", comparison.Broken);
        Cases(md, "Fixed (failed before, pass now)", comparison.Fixed);
        Cases(md, "Added", comparison.Added);
        Cases(md, "Removed", comparison.Removed);

        md.AppendLine("## Aggregate deltas").AppendLine();
        Header(md, "set", "score", "before", "after", "delta (pp)");
        foreach (var d in comparison.Deltas)
            Row(md, d.Set, d.Score, Percent(d.Before), Percent(d.After), d.Points is { } p ? p.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) : "n/a");
        return md.ToString();
    }

    /// <summary>The console form: counts, every broken and fixed case, and the headline deltas that moved.</summary>
    public static IEnumerable<string> Summary(ReportComparison comparison)
    {
        yield return $"{comparison.Before} → {comparison.After}: {comparison.Broken.Count} broken, {comparison.Fixed.Count} fixed, {comparison.Added.Count} added, {comparison.Removed.Count} removed";
        foreach (var c in comparison.Broken) yield return $"  broken: {c}";
        foreach (var c in comparison.Fixed) yield return $"  fixed:  {c}";
        foreach (var d in comparison.Deltas.Where(d => !d.Score.Contains(':', StringComparison.Ordinal) || d.Points is not (null or 0)))
            yield return $"  {d.Describe()}";
    }

    private static void Cases(StringBuilder md, string title, IReadOnlyList<CaseRef> cases)
    {
        md.AppendLine(CultureInfo.InvariantCulture, $"## {title} ({cases.Count})").AppendLine();
        if (cases.Count == 0) md.AppendLine("None.");
        foreach (var c in cases) md.AppendLine(CultureInfo.InvariantCulture, $"- `{c.Id}` ({c.Set})");
        md.AppendLine();
    }

    private static string Percent(double? value) => value is { } v ? (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "n/a";
}
