using MetricAssistant.Application.Answers;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Bot.Cards;

/// <summary>
/// An answer's columns and rows as the card shows them: the answer's display facts (headers, cells formatted
/// by the server's one rule) in the card's language — the answer's own when it speaks it, else described anew.
/// </summary>
public sealed class AnswerTableFormatter(SemanticCatalog catalog, CardText text)
{
    private static readonly AnswerDisplay Empty = new("en", null, [], [], null);

    public AnswerDisplay Display(Answer answer) =>
        answer.Display is { } display && display.Language == text.Language ? display
            : AnswerDisplayBuilder.Describe(answer, catalog, text.Language) ?? Empty;

    public IReadOnlyList<string> Headers(Answer answer) => Display(answer).Columns.Select(c => c.Label).ToArray();

    /// <summary>Which columns hold numbers (right-aligned): those with a number format.</summary>
    public IReadOnlyList<bool> Numeric(Answer answer) => Display(answer).Columns.Select(c => c.Format is not null).ToArray();

    /// <summary>Every row's cells as text, in the answer's row order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows(Answer answer) => Display(answer).Cells;
}
