namespace MetricAssistant.Catalog.Model;

public sealed record ColumnDefinition(string Name, ColumnType Type, bool Nullable = false)
{
    /// <summary>
    /// The values an enumerated column holds (an order's status: created, paid, shipped …), when the model lists them.
    /// Filters on the column are checked against them, and a question asking for rows in a listed state that no metric
    /// counts is told so instead of being answered with the rows in every state.
    /// </summary>
    public IReadOnlyList<string> Values { get; init; } = [];
}
