using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Contracts;

namespace MetricAssistant.Application.Answers;

/// <summary>
/// An answer's display facts in another language, for a page whose language differs from the question's: the
/// same rule as the answer's own, so no door formats numbers itself. A request that is not an answered answer
/// is a problem value, never an exception.
/// </summary>
public sealed class AnswerDisplayService(ICatalogProvider catalogs)
{
    public (AnswerDisplay? Display, string? Problem) Describe(Answer? answer, string? language)
    {
        if (language is not ("zh" or "en")) return (null, "'language' must be \"zh\" or \"en\".");
        if (answer is null || answer.Rows.Any(r => r.Count != answer.Columns.Count))
            return (null, "'answer' must be an answer as /api/ask returned it.");
        return AnswerDisplayBuilder.Describe(answer, catalogs.Current, language) is { } display
            ? (display, null)
            : (null, "Only an answered question has display facts.");
    }
}
