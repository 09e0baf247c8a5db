using System.Text;

namespace MetricAssistant.Understanding.Time.Conformance;

/// <summary>
/// The result of running Microsoft Recognizers' date-range cases through a resolver: one score per
/// file, and the documented list of deliberate differences the scores rely on.
/// </summary>
/// <param name="Directory">Where the case files were looked for.</param>
/// <param name="IsApplicable">False when the folder (or every case file) is missing: nothing was run.</param>
/// <param name="Status">"ran N files" or "not applicable: …".</param>
public sealed record TimeConformanceReport(
    string Directory,
    bool IsApplicable,
    string Status,
    IReadOnlyList<ConformanceFileResult> Files,
    IReadOnlyList<DeliberateDifference> DeliberateDifferences)
{
    public static TimeConformanceReport NotApplicable(string directory, string reason) =>
        new(directory, false, "not applicable: " + reason, [], Conformance.DeliberateDifferences.All);

    /// <summary>A readable summary: the scores, the differences with their counts, and every failure.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine($"# Time conformance ({Status})").AppendLine();
        if (!IsApplicable) return text.ToString();
        text.AppendLine("| file | applicable | out of scope | scored | passed | documented | failed | pass rate | conformance |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var f in Files)
            text.AppendLine($"| {f.File} | {f.Applicable} | {f.OutOfScope} | {f.Scored} | {f.Passed} | {f.DifferentAsDocumented} | {f.Failed} | {f.PassRate:P1} | {f.ConformanceRate:P1} |");
        text.AppendLine().AppendLine("## Deliberate differences").AppendLine();
        foreach (var d in DeliberateDifferences)
        {
            var count = Files.Sum(f => f.Excluded.Count(c => c.DifferenceId == d.Id) + f.Documented.Count(c => c.DifferenceId == d.Id));
            text.AppendLine($"- **{d.Id}** ({d.Kind}, {count} cases): {d.Description} — {d.Reason}");
        }
        foreach (var f in Files.Where(f => f.Failed > 0))
        {
            text.AppendLine().AppendLine($"## Failures in {f.File}").AppendLine();
            foreach (var c in f.Failures)
                text.AppendLine($"- `{c.Input}` (now {c.Reference:yyyy-MM-dd}): expected {c.Expected}, got {c.Actual?.ToString() ?? "nothing"}");
        }
        return text.ToString();
    }
}
