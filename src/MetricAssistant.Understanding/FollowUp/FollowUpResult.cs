using MetricAssistant.QueryModel;

namespace MetricAssistant.Understanding.FollowUp;

/// <summary>
/// A follow-up resolved against the previous question: the whole query to run, what it changed, and
/// its notices (<see cref="FollowedUpOn"/> first, then those of a metric it named), as <see cref="UnderstandingResult.Notices"/>.
/// </summary>
public sealed record FollowUpResult(SemanticQuery Query, IReadOnlyList<FollowUpChange> Changes, IReadOnlyList<Notice> Notices);
