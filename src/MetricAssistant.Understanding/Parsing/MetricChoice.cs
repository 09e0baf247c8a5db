namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// The metrics a question names, and the candidates of a word in it that is not clear — beside named metrics too
/// ("客户数和GMV": GMV is named, 客户数 still has to be chosen; it is never dropped).
/// </summary>
public sealed record MetricChoice(IReadOnlyList<string> Metrics, IReadOnlyList<string> Ambiguous, IReadOnlyList<Notice> Notices);
