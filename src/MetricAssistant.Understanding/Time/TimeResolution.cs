using MetricAssistant.QueryModel;

namespace MetricAssistant.Understanding.Time;

/// <summary>
/// What the question says about time: the range to compute (null when it names none), every mention
/// (so other parsers can skip those characters), and a comparison implied by words such as 去年同期.
/// </summary>
public sealed record TimeResolution(DateRange? Range, IReadOnlyList<TimeMention> Mentions, Comparison? ImpliedComparison)
{
    public static readonly TimeResolution None = new(null, [], null);
}
