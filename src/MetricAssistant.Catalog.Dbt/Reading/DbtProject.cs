namespace MetricAssistant.Catalog.Dbt.Reading;

/// <summary>
/// The semantic layer of a dbt project as read: semantic models, metrics, saved queries, the project configuration,
/// the files kept for the catalog (<see cref="CatalogFiles"/>: metric_assistant/, catalog documents dbt has no place
/// for) and what could not be read.
/// </summary>
public sealed record DbtProject(
    IReadOnlyList<DbtNode> SemanticModels,
    IReadOnlyList<DbtNode> Metrics,
    IReadOnlyList<DbtNode> SavedQueries,
    IReadOnlyList<DbtNode> ProjectConfigurations,
    IReadOnlyList<(string Path, string Text)> CatalogFiles,
    IReadOnlyList<DbtIssue> Issues);
