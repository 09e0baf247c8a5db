using MetricAssistant.Application.Contracts;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Application.Learning;

/// <summary>
/// One time someone showed what a question means: the question as they asked it, the metrics and the
/// parameters of the query that answered it, who, when and how.
/// </summary>
public sealed record ExampleSighting(string Question, IReadOnlyList<string> Metrics, QueryDto Query, ExampleOrigin Origin, string UserId, DateTimeOffset Time)
{
    /// <summary>What makes two sightings the same example: the question as the reader normalises it, and the metrics in order.</summary>
    public string Fingerprint => TextNormalizer.Normalize(Question) + "\u0001" + string.Join(",", Metrics);
}
