using System.Globalization;
using MetricAssistant.Application.Charts;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Formatting;
using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Application.Answers;

/// <summary>
/// The display facts of an answered question in one language: headers, number formats, every cell as text and the
/// chart the server chose. The service attaches them in the answer's language; a door showing the answer in
/// another language asks for them again here (or, from a browser, at <c>POST /api/answers/display</c>).
/// </summary>
public static class AnswerDisplayBuilder
{
    public static AnswerDisplay? Describe(Answer answer, SemanticCatalog catalog, string language)
    {
        if (answer.Status != AnswerStatus.Answered) return null;
        var lang = NumberFormatter.IsChinese(language) ? "zh" : "en";
        var grain = answer.Query?.Grain;
        var columns = answer.Columns.Select(c =>
        {
            var format = AnswerCells.FormatOf(catalog, c);
            return new DisplayColumn(c.Name, AnswerLabels.Column(catalog, c, lang), format?.Unit, format?.Format, format?.Decimals);
        }).ToArray();
        var cells = answer.Rows.Select(row => (IReadOnlyList<string>)answer.Columns
            .Select((c, i) => AnswerCells.Text(catalog, c, i < row.Count ? row[i] : null, grain, lang)).ToArray()).ToArray();
        var chart = ChartChooser.Choose(answer, catalog, lang) is { } choice ? ChartDisplay.From(choice) : null;
        return new AnswerDisplay(lang, PeriodOf(answer.Query?.TimeRange, lang), columns, cells, chart);
    }

    private static string? PeriodOf(TimeRangeDto? range, string language) =>
        range is not null && DateOnly.TryParseExact(range.Start, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            && DateOnly.TryParseExact(range.End, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end) && end > start
            ? PeriodText.Describe(new DateRange(start, end), language == "zh")
            : null;
}
