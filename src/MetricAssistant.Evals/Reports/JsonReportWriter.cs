using System.Text.Json;

namespace MetricAssistant.Evals.Reports;

/// <summary>Writes <c>report.json</c> (the whole report, indented) and reads it back.</summary>
public static class JsonReportWriter
{
    public const string FileName = "report.json";

    public static string Write(EvalReport report, string directory)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        File.WriteAllText(path, JsonSerializer.Serialize(report, ReportJson.Indented));
        return path;
    }

    public static EvalReport Read(string path) =>
        Parse(File.ReadAllText(path)) ?? throw new InvalidDataException($"{path}: not an eval report.");

    public static EvalReport? Parse(string json) =>
        ReportJson.KindOf(json) == EvalReport.ReportKind ? JsonSerializer.Deserialize<EvalReport>(json, ReportJson.Indented) : null;
}
