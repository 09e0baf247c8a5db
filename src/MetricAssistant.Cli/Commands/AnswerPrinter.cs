using System.Globalization;
using System.Text.Json;
using MetricAssistant.Application.Contracts;
using Spectre.Console;

namespace MetricAssistant.Cli.Commands;

/// <summary>Writes an answer as contract JSON, or as a readable table with its definition.</summary>
internal static class AnswerPrinter
{
    public static void Print(Answer answer, string format)
    {
        if (format == "json")
        {
            Console.WriteLine(JsonSerializer.Serialize(answer, ContractJson.Indented));
            return;
        }
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(answer.Status)}[/]  {Markup.Escape(answer.Message ?? "")}");
        if (answer.Metric is { } m)
            AnsiConsole.MarkupLine($"[grey]{Markup.Escape($"{m.Name} ({m.Id}) v{m.Version}, owner {m.Owner}{(m.Official ? ", official" : "")}")}[/]");
        if (answer.Definition is { } d) AnsiConsole.MarkupLine($"[grey]{Markup.Escape(d)}[/]");
        foreach (var w in answer.Warnings) AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(w)}[/]");
        if (answer.Columns.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var c in answer.Columns)
                table.AddColumn(new TableColumn(Markup.Escape(c.Name)) { Alignment = c.Type is "integer" or "decimal" or "number" ? Justify.Right : Justify.Left });
            foreach (var row in answer.Rows)
                table.AddRow(row.Select((v, i) => Markup.Escape(Cell(v, answer.Columns[i].Type))).ToArray());
            AnsiConsole.Write(table);
        }
        foreach (var a in answer.Alternatives) AnsiConsole.MarkupLine($"  [blue]also:[/] {Markup.Escape($"{a.Name} ({a.Id})")}");
    }

    private static string Cell(object? value, string type) => value switch
    {
        null => "—",
        double d => d.ToString(type == "number" && Math.Abs(d) < 10 ? "0.0000" : "#,0.00", CultureInfo.InvariantCulture),
        decimal m => m.ToString("#,0.00", CultureInfo.InvariantCulture),
        long l => l.ToString("#,0", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
