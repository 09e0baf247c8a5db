namespace MetricAssistant.Catalog.Dbt;

/// <summary>
/// A dbt project turned into catalog files (<see cref="Files"/>: paths relative to the catalog folder, YAML text)
/// with everything not taken as written (<see cref="Issues"/>) and counts of what was read and what was imported.
/// </summary>
public sealed record DbtImportResult(
    IReadOnlyList<(string Path, string Text)> Files,
    IReadOnlyList<DbtIssue> Issues,
    DbtImportCounts Read,
    DbtImportCounts Imported)
{
    /// <summary>Names of the metrics that were not imported, with the feature that stopped each.</summary>
    public IReadOnlyDictionary<string, DbtFeature> UnsupportedMetrics { get; init; } = new Dictionary<string, DbtFeature>();

    public string Summary =>
        $"read {Read.SemanticModels} semantic models, {Read.Measures} measures, {Read.Metrics} metrics, {Read.SavedQueries} saved queries; " +
        $"imported {Imported.SemanticModels} models, {Imported.Measures} measures, {Imported.Metrics} metrics, {Imported.Dimensions} dimensions; " +
        $"{Issues.Count(i => i.Dropped)} not expressible, {Issues.Count(i => !i.Dropped)} notes";

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

public sealed record DbtImportCounts(int SemanticModels, int Measures, int Metrics, int Dimensions, int SavedQueries);
