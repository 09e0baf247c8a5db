using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Parsing;

namespace MetricAssistant.Understanding.FollowUp;

/// <summary>
/// A follow-up resolved against the previous question: the whole query to run, what it changed, and
/// its notices (<see cref="FollowedUpOn"/> first, then those of a metric it named), as <see cref="UnderstandingResult.Notices"/>.
/// </summary>
public sealed record FollowUpResult(SemanticQuery Query, IReadOnlyList<FollowUpChange> Changes, IReadOnlyList<Notice> Notices)
{
    /// <summary>Which end the merged query ranks by, as <see cref="UnderstandingResult.Ranking"/>.</summary>
    public RankingEnd? Ranking { get; init; }

    /// <summary>Dimensions whose kept values the follow-up opened to all of them (<see cref="UnderstandingResult.Opened"/>).</summary>
    public IReadOnlyList<string> Opened { get; init; } = [];
}
