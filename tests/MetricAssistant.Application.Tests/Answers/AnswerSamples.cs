using MetricAssistant.Application.Contracts;
using MetricAssistant.Compiler;

namespace MetricAssistant.Application.Tests.Answers;

/// <summary>Answers in the contract's shape, built by hand so each test shows exactly the columns it reads.</summary>
internal static class AnswerSamples
{
    public static ColumnDto Period => new("period", "date", ColumnRole.Time);

    public static ColumnDto Dimension(string id) => new(id, "string", ColumnRole.Dimension, Dimension: id);

    public static ColumnDto Metric(string id, ColumnRole role = ColumnRole.Value, string? name = null) => new(
        name ?? role switch
        {
            ColumnRole.Previous => id + "_previous",
            ColumnRole.Change => id + "_change",
            ColumnRole.ChangePct => id + "_change_pct",
            _ => id,
        },
        role == ColumnRole.ChangePct ? "number" : "decimal", role, id);

    public static Answer Answered(string metric, QueryDto query, IReadOnlyList<ColumnDto> columns, params object?[][] rows) => new()
    {
        Status = AnswerStatus.Answered,
        Metric = new MetricRefDto(metric, metric, 1, "owner", true, "published"),
        Query = query,
        Columns = columns,
        Rows = rows,
    };

    public static QueryDto Query(string metric, string start = "2025-06-01", string end = "2025-07-01", string? grain = null, string? compare = null, params string[] groupBy) =>
        new([metric], groupBy, [], new TimeRangeDto(start, end), grain, [], null, compare);
}
