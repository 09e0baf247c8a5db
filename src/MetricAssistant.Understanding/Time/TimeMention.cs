using MetricAssistant.QueryModel;

namespace MetricAssistant.Understanding.Time;

/// <summary>One time expression found in the text: where it is and the range it means.</summary>
public sealed record TimeMention(string Text, int Start, int Length, DateRange Range);
