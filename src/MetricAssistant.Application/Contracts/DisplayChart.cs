using System.Text.Json.Serialization;

namespace MetricAssistant.Application.Contracts;

/// <summary>
/// The chart the server chose: its kind, title, the column along the x axis (null for a pair), the category
/// labels in order, the series, the value axis, and a note when categories or series were left out.
/// </summary>
public sealed record DisplayChart(
    [property: JsonConverter(typeof(SnakeCaseEnumConverter<DisplayChartKind>))] DisplayChartKind Kind,
    string Title,
    string? X,
    IReadOnlyList<string> Categories,
    IReadOnlyList<DisplaySeries> Series,
    DisplayAxis YAxis,
    string? Note);
