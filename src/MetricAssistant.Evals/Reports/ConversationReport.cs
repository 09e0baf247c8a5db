using MetricAssistant.Evals.Scoring;

namespace MetricAssistant.Evals.Reports;

/// <summary>A set's conversation cases: the figures overall, per follow-up kind (the cases' second tag) and per language.</summary>
public sealed record ConversationReport(
    ConversationFigures Overall,
    IReadOnlyDictionary<string, ConversationFigures> Kinds,
    IReadOnlyDictionary<string, ConversationFigures> Languages)
{
    /// <returns>The report of the results' conversation turns, or null when the set has none.</returns>
    public static ConversationReport? From(IReadOnlyList<CaseResult> results)
    {
        var turns = results.Where(r => r.Turn is not null).ToArray();
        if (turns.Length == 0) return null;
        var kinds = turns.GroupBy(Kind, StringComparer.Ordinal)
            .OrderBy(g => Order(EvalVocabulary.FollowUpKinds, g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => ConversationFigures.From(g.ToArray()), StringComparer.Ordinal);
        var languages = turns.GroupBy(t => t.Lang, StringComparer.Ordinal)
            .OrderBy(g => Order(EvalVocabulary.Languages, g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => ConversationFigures.From(g.ToArray()), StringComparer.Ordinal);
        return new ConversationReport(ConversationFigures.From(turns), kinds, languages);
    }

    /// <summary>The follow-up kind: a conversation case's second tag.</summary>
    public static string Kind(CaseResult turn) => turn.Tags.Count > 1 ? turn.Tags[1] : "";

    private static int Order(IReadOnlyList<string> known, string value)
    {
        var index = known.ToList().IndexOf(value);
        return index < 0 ? known.Count : index;
    }
}
