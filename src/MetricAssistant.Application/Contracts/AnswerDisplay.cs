namespace MetricAssistant.Application.Contracts;

/// <summary>
/// An answer as people read it, in one language, so that no door formats numbers itself: each column's header
/// and number format, every cell as text (万/亿 or thousands/millions, percentages, periods at their grain,
/// dimension codes as names) in the order of <see cref="Answer.Rows"/>, the chart the server chose, and the
/// asked period as people say it (2025年6月 / June 2025, 2025年第2季度 / Q2 2025).
/// </summary>
public sealed record AnswerDisplay(
    string Language,
    string? Period,
    IReadOnlyList<DisplayColumn> Columns,
    IReadOnlyList<IReadOnlyList<string>> Cells,
    DisplayChart? Chart);
