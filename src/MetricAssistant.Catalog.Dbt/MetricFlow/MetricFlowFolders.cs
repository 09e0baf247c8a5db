namespace MetricAssistant.Catalog.Dbt.MetricFlow;

/// <summary>
/// Where MetricFlow's reference material is: the shared folder beside the repository when present
/// (<c>../shared/external/metricflow</c>), else the copy kept in the repository (<c>evals/metricflow</c>).
/// </summary>
public sealed record MetricFlowFolders(string Root)
{
    public string Manifest => Path.Combine(Root, "simple_manifest");
    public string Tables => Path.Combine(Root, "source_tables");
    public string Cases => Path.Combine(Root, "integration_cases");

    public static MetricFlowFolders Locate(string repositoryRoot)
    {
        var shared = Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "external", "metricflow"));
        return new MetricFlowFolders(Directory.Exists(shared) ? shared : Path.Combine(repositoryRoot, "evals", "metricflow"));
    }
}
