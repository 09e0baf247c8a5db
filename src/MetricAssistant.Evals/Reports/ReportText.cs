using System.Globalization;
using System.Text;
using System.Text.Json;
using MetricAssistant.Application.Contracts;

namespace MetricAssistant.Evals.Reports;

/// <summary>Small text helpers shared by the writers: compact query JSON, Markdown table rows and cells.</summary>
public static class ReportText
{
    /// <summary>The query as one line of JSON (every field, nulls included), or "—" when there is none.</summary>
    public static string Query(QueryDto? query) => query is null ? "—" : JsonSerializer.Serialize(query, ReportJson.Compact);

    public static string List(IReadOnlyList<string>? items) => items is { Count: > 0 } ? string.Join(", ", items) : "—";

    /// <summary>Text safe in a Markdown table cell: pipes escaped, line breaks flattened.</summary>
    public static string Cell(string? text) =>
        string.IsNullOrEmpty(text) ? "—" : text.Replace("\\", "\\\\").Replace("|", "\\|").Replace("\r", "").Replace("\n", " ");

    /// <summary>Inline code in a Markdown cell.</summary>
    public static string Code(string? text) => string.IsNullOrEmpty(text) || text == "—" ? "—" : "`" + Cell(text).Replace("`", "'") + "`";

    public static void Row(StringBuilder md, params string[] cells) => md.Append("| ").AppendJoin(" | ", cells).AppendLine(" |");

    public static void Header(StringBuilder md, params string[] columns)
    {
        Row(md, columns);
        md.Append('|').Append(string.Concat(Enumerable.Repeat("---|", columns.Length))).AppendLine();
    }

    public static string Ms(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
