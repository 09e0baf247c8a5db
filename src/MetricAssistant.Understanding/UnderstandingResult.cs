using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Parsing;

namespace MetricAssistant.Understanding;

/// <summary>
/// What a question means in the catalog's terms: a query to run, or the metrics to choose between, or
/// the nearest metrics when nothing fits. <see cref="Notices"/> records choices the answer must state
/// (the default window used, a deprecated metric answered by its replacement, the official GMV chosen).
/// </summary>
public sealed record UnderstandingResult(
    UnderstandingOutcome Outcome,
    string Language,
    SemanticQuery? Query,
    IReadOnlyList<string> Alternatives,
    IReadOnlyList<Notice> Notices)
{
    /// <summary>
    /// Which end a ranked split was asked for (best, worst, highest, lowest), null when none was named: a
    /// follow-up that changes the metric judges best and worst again by the new metric's good direction.
    /// </summary>
    public RankingEnd? Ranking { get; init; }

    /// <summary>
    /// Dimensions a follow-up opened to every value, lifting what the conversation kept ("全国的呢", "all regions?" after 华东): all
    /// their rows are asked for, so a scope narrower than that is refused rather than answered as if it were all.
    /// </summary>
    public IReadOnlyList<string> Opened { get; init; } = [];

    public static UnderstandingResult Clarify(string language, IReadOnlyList<string> alternatives, params Notice[] notices) =>
        new(UnderstandingOutcome.Clarify, language, null, alternatives, notices);

    public static UnderstandingResult NotFound(string language, IReadOnlyList<string> alternatives) =>
        new(UnderstandingOutcome.NotFound, language, null, alternatives, []);
}
