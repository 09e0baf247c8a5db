using System.Globalization;
using MetricAssistant.QueryModel;
using MetricAssistant.Evals.Reports;
using MetricAssistant.Understanding.Time;
using MetricAssistant.Understanding.Time.Conformance;

namespace MetricAssistant.Evals.Running;

/// <summary>
/// Runs <see cref="TimeConformanceSuite"/> (Microsoft Recognizers-Text's date cases) with a resolver and
/// turns its report into the eval report's conformance section: pass rate per file over the scored cases,
/// out-of-scope cases as skipped, documented differences with their rules and reasons, and the failures.
/// </summary>
public sealed class TimeConformanceAdapter(ITimeResolver resolver) : IConformanceSuite
{
    public string Name => ConformanceRunner.TimeSuiteName;

    public ConformanceSection Run(string directory) => ToSection(Name, TimeConformanceSuite.Run(directory, resolver));

    public static ConformanceSection ToSection(string name, TimeConformanceReport report)
    {
        if (!report.IsApplicable)
        {
            const string prefix = "not applicable: ";
            var reason = report.Status.StartsWith(prefix, StringComparison.Ordinal) ? report.Status[prefix.Length..] : report.Status;
            return ConformanceSection.Skipped(name, report.Directory, reason);
        }
        var files = report.Files.Select(f => new Reports.ConformanceFileResult(
            f.File, f.Applicable, f.Passed, f.DifferentAsDocumented, f.Failed, f.OutOfScope)).ToArray();
        var rules = report.DeliberateDifferences.Select(d => new ConformanceRule(
            d.Id, d.Kind == DifferenceKind.OutOfScope ? "out of scope (not scored)" : "different result (scored as documented)", d.Description, d.Reason,
            report.Files.Sum(f => f.Excluded.Count(c => c.DifferenceId == d.Id) + f.Documented.Count(c => c.DifferenceId == d.Id)))).ToArray();
        var differences = report.Files.SelectMany(f => f.Documented.Select(c => Case(f.File, c))).ToArray();
        var failures = report.Files.SelectMany(f => f.Failures.Select(c => Case(f.File, c))).ToArray();
        return new ConformanceSection(name, ConformanceSection.Ran, null, report.Directory, files, rules, differences, failures);
    }

    private static ConformanceDifference Case(string file, ConformanceCaseResult c) =>
        new(file, $"{c.Input} (now {c.Reference.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})", Show(c.Expected), c.Actual is { } a ? Show(a) : "nothing", c.DifferenceId);

    private static string Show(DateRange range) =>
        $"[{range.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, {range.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})";
}
