namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// The words of a written formula, normalised, longest first: the quotient and difference signs read only between two
/// quantities ("A/B", "A over B", "A减B"), the words of a rate over a round number (每, "out of every") and the units that may
/// follow that number (块钱 and "yuan" say money; 个 and 位 only count).
/// </summary>
public sealed record FormulaSigns(
    IReadOnlyList<string> Quotients,
    IReadOnlyList<string> Differences,
    IReadOnlyList<string> RateBases,
    IReadOnlyList<string> MoneyUnits,
    IReadOnlyList<string> CountUnits);
