using System.Text.Json.Serialization;
using MetricAssistant.Evals.Scoring;

namespace MetricAssistant.Evals.Reports;

/// <summary>
/// One set's scores: overall, per category (every tag a case has) and per language, with the loader's problems.
/// Every conversation turn counts as a case in these; <see cref="Conversations"/> adds the conversation figures
/// (absent, and left out of the JSON, for a set without conversation cases).
/// </summary>
public sealed record SetReport(
    string Name,
    string Directory,
    bool HeldOut,
    IReadOnlyList<string> Problems,
    ScoreCard Overall,
    IReadOnlyDictionary<string, ScoreCard> Categories,
    IReadOnlyDictionary<string, ScoreCard> Languages,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ConversationReport? Conversations = null);
