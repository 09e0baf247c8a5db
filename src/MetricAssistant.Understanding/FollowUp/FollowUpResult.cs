using MetricAssistant.QueryModel;

namespace MetricAssistant.Understanding.FollowUp;

/// <summary>
/// A follow-up resolved against the previous question: the whole query to run, what it changed, and
/// the notices of a metric it named ("official:gmv"), as <see cref="UnderstandingResult.Notices"/>.
/// </summary>
public sealed record FollowUpResult(SemanticQuery Query, IReadOnlyList<FollowUpChange> Changes, IReadOnlyList<string> Notices);
