using System.Text.Json;
using MetricAssistant.Evals.Reports;

namespace MetricAssistant.Evals.Gate;

/// <summary>Reads and writes baseline files. Reading accepts a baseline or a whole <c>report.json</c> (reduced to its baseline).</summary>
public static class BaselineFile
{
    public static void Write(Baseline baseline, string path)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory) Directory.CreateDirectory(directory);
        File.WriteAllText(path, JsonSerializer.Serialize(baseline, ReportJson.Indented) + Environment.NewLine);
    }

    public static Baseline Read(string path)
    {
        var json = File.ReadAllText(path);
        var kind = ReportJson.KindOf(json);
        return kind switch
        {
            Baseline.BaselineKind => JsonSerializer.Deserialize<Baseline>(json, ReportJson.Indented) ?? throw new InvalidDataException($"{path}: empty baseline."),
            EvalReport.ReportKind => Baseline.From(JsonReportWriter.Parse(json)!),
            _ => throw new InvalidDataException($"{path}: neither an eval baseline nor an eval report (kind '{kind ?? "missing"}')."),
        };
    }
}
