namespace MetricAssistant.Catalog.Model;

/// <summary>
/// How a model reaches a conformed dimension: the column that holds the dimension's code, and for
/// boolean or differently-coded columns a map from column value to dimension code
/// (is_online: true → online, false → offline).
/// </summary>
public sealed record DimensionBinding(
    string Dimension,
    ColumnPath Column,
    IReadOnlyDictionary<string, string>? ValueMap,
    SourceLocation Source);
