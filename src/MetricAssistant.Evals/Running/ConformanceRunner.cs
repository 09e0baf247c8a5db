using MetricAssistant.Evals.Reports;

namespace MetricAssistant.Evals.Running;

/// <summary>Runs a conformance suite when its folder exists; otherwise says why not. A suite that throws is reported as an error.</summary>
public static class ConformanceRunner
{
    public const string TimeSuiteName = "time expressions (Recognizers-Text)";

    /// <summary>The Recognizers-Text folder: <c>&lt;repo root&gt;/../shared/external/recognizers-text</c>.</summary>
    public static string TimeDirectory(string repositoryRoot) =>
        Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "external", "recognizers-text"));

    public static ConformanceSection Run(IConformanceSuite? suite, string directory)
    {
        var name = suite?.Name ?? TimeSuiteName;
        if (!Directory.Exists(directory)) return ConformanceSection.Skipped(name, directory, "folder absent");
        if (suite is null) return ConformanceSection.Skipped(name, directory, "the conformance suite is not available in this build");
        try
        {
            return suite.Run(directory);
        }
        catch (Exception e)
        {
            return new ConformanceSection(name, ConformanceSection.Error, $"{e.GetType().Name}: {e.Message}", directory, [], [], [], []);
        }
    }
}
