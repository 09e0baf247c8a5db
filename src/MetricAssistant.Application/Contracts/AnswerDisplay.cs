namespace MetricAssistant.Application.Contracts;

/// <summary>
/// An answer as people read it, in one language, so that no door formats numbers itself: each column's header
/// and number format, every cell as text (万/亿 or thousands/millions, percentages, periods at their grain,
/// dimension codes as names) in the order of <see cref="Answer.Rows"/>, and the chart the server chose.
/// </summary>
public sealed record AnswerDisplay(
    string Language,
    IReadOnlyList<DisplayColumn> Columns,
    IReadOnlyList<IReadOnlyList<string>> Cells,
    DisplayChart? Chart);
