using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>A measure asked that the catalog lacks: the words that ask for it, where, and the nearest governed metrics.</summary>
public sealed record UngovernedAsk(string Words, TextSpan Span, IReadOnlyList<string> Nearest);
