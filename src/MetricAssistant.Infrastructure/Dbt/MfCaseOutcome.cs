namespace MetricAssistant.Infrastructure.Dbt;

public enum MfVerdict { Passed, Failed, Unsupported }

/// <summary>How one case went: passed, failed (with what differed or broke), or unsupported (with the feature).</summary>
public sealed record MfCaseOutcome(MfCase Case, MfVerdict Verdict, string? Detail, MfUnsupported? Unsupported = null)
{
    /// <summary>The compiled and check SQL and both results, kept for the cases asked to be traced.</summary>
    public MfCaseTrace? Trace { get; init; }
}

public sealed record MfCaseTrace(string? Sql, string? CheckSql, MfTable? Actual, MfTable? Expected);
