namespace MetricAssistant.Catalog.Dbt;

/// <summary>
/// A catalog as a dbt project (<see cref="Files"/>: paths relative to the project, YAML text) and what dbt's own
/// fields could not say (<see cref="Issues"/>, all kept whole in meta, so nothing is lost on the way back).
/// </summary>
public sealed record DbtExportResult(IReadOnlyList<(string Path, string Text)> Files, IReadOnlyList<DbtIssue> Issues)
{
    public void WriteTo(string directory)
    {
        foreach (var (path, text) in Files)
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }
}
