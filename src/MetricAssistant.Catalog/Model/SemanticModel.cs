namespace MetricAssistant.Catalog.Model;

/// <summary>A warehouse table as the catalog sees it: its columns, joins, dimensions, time columns and measures.</summary>
public sealed record SemanticModel(
    string Id,
    TableName Table,
    string PrimaryKey,
    LocalizedText Description,
    IReadOnlyList<ColumnDefinition> Columns,
    IReadOnlyList<JoinDefinition> Joins,
    IReadOnlyList<DimensionBinding> Dimensions,
    IReadOnlyList<TimeDimension> TimeDimensions,
    IReadOnlyList<MeasureDefinition> Measures,
    ModelLineage? Lineage,
    SourceLocation Source)
{
    /// <summary>How fresh the table is expected to be and where to read how far it goes ("freshness:" in the YAML, optional).</summary>
    public FreshnessExpectation? Freshness { get; init; }

    public ColumnDefinition? FindColumn(string name) => Columns.FirstOrDefault(c => c.Name == name);
    public JoinDefinition? FindJoin(string name) => Joins.FirstOrDefault(j => j.Name == name);
    public DimensionBinding? FindDimension(string dimension) => Dimensions.FirstOrDefault(d => d.Dimension == dimension);
    public TimeDimension? FindTimeDimension(string name) => TimeDimensions.FirstOrDefault(t => t.Name == name);
    public MeasureDefinition? FindMeasure(string name) => Measures.FirstOrDefault(m => m.Name == name);
}
