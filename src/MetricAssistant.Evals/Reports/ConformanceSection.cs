namespace MetricAssistant.Evals.Reports;

/// <summary>
/// A conformance suite's part of the report. <see cref="Status"/> is <c>ran</c>, <c>not_applicable</c>
/// (with <see cref="Reason"/>, e.g. "folder absent") or <c>error</c>; never "passed" for a suite that did not run.
/// <see cref="Rules"/> are the documented deliberate differences with their reasons; <see cref="Differences"/>
/// the cases they explained (reason = the rule's id); <see cref="Failures"/> the cases nothing explains.
/// </summary>
public sealed record ConformanceSection(
    string Name,
    string Status,
    string? Reason,
    string Directory,
    IReadOnlyList<ConformanceFileResult> Files,
    IReadOnlyList<ConformanceRule> Rules,
    IReadOnlyList<ConformanceDifference> Differences,
    IReadOnlyList<ConformanceDifference> Failures)
{
    public const string Ran = "ran";
    public const string NotApplicable = "not_applicable";
    public const string Error = "error";

    public static ConformanceSection Skipped(string name, string directory, string reason) => new(name, NotApplicable, reason, directory, [], [], [], []);

    /// <summary>"ran: 412/450 (91.6%)", "not applicable: folder absent", "error: …".</summary>
    public string Headline()
    {
        if (Status != Ran) return $"{Status.Replace('_', ' ')}: {Reason}";
        var passed = Files.Sum(f => f.Passed);
        var measured = Files.Sum(f => f.Total - f.Skipped);
        return measured == 0 ? "ran: no cases measured" : $"ran: {passed}/{measured} ({100.0 * passed / measured:0.0}%), {Differences.Count} documented differences, {Failures.Count} failures, {Files.Sum(f => f.Skipped)} out of scope";
    }
}
