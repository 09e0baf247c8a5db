using MetricAssistant.QueryModel;

namespace MetricAssistant.Understanding.Time.Conformance;

/// <summary>One Microsoft case that did not simply pass: a failure, a documented difference, or an excluded case.</summary>
/// <param name="Input">The case's input, as written in the file.</param>
/// <param name="Reference">Its ReferenceDateTime (our <c>now</c>).</param>
/// <param name="Expected">Microsoft's range, [start, end).</param>
/// <param name="Actual">Our range (null when we found none; null too for excluded cases, which are not run).</param>
/// <param name="DifferenceId">The <see cref="DeliberateDifference.Id"/> that explains it, or null for a failure.</param>
public sealed record ConformanceCaseResult(string Input, DateTime Reference, DateRange Expected, DateRange? Actual, string? DifferenceId);
