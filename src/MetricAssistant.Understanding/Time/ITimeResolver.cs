namespace MetricAssistant.Understanding.Time;

/// <summary>
/// Finds the time expressions of a question and resolves them against <c>now</c> into half-open date
/// ranges, following evals/CONVENTIONS.md ("上个月" with now 2025-07-15 → [2025-06-01, 2025-07-01)).
/// </summary>
public interface ITimeResolver
{
    /// <param name="text">The question, already normalised (half-width, lower case).</param>
    /// <param name="now">The reference time, local to the organisation.</param>
    TimeResolution Resolve(string text, DateTime now);
}
