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

    /// <summary>Every entity name of the project: a group-by that names one asks for entity values, not a dimension.</summary>
    public IReadOnlySet<string> Entities { get; init; } = new HashSet<string>();

    /// <summary>A metric's own default grain (dbt's time_granularity), which a query by metric_time without a grain uses.</summary>
    public IReadOnlyDictionary<string, string> DefaultGrains { get; init; } = new Dictionary<string, string>();

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
