using System.Text.Json.Serialization;
using MetricAssistant.Compiler;

namespace MetricAssistant.Application.Contracts;

/// <summary>
/// An answer column: its name and type, what it holds (<see cref="Role"/>), the metric of a value, previous,
/// change or change_pct column and the dimension of a dimension column. Readers go by role, never by name.
/// </summary>
public sealed record ColumnDto(
    string Name,
    string Type,
    [property: JsonConverter(typeof(SnakeCaseEnumConverter<ColumnRole>))] ColumnRole Role,
    string? Metric = null,
    string? Dimension = null)
{
    public static ColumnDto From(OutputColumn column) => new(column.Name, column.Type, column.Role, column.Metric, column.Dimension);
}
