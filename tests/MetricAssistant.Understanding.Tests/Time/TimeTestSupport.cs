using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Text;
using MetricAssistant.Understanding.Time;

namespace MetricAssistant.Understanding.Tests.Time;

/// <summary>Shared resolver and helpers: questions are normalised first, as the pipeline does.</summary>
internal static class TimeTestSupport
{
    public static readonly TimeExpressionResolver Resolver = new();

    public static TimeResolution Resolve(string question, string now) =>
        Resolver.Resolve(TextNormalizer.Normalize(question), DateTime.Parse(now + "T10:00:00"));

    public static DateRange Range(string start, string end) => new(DateOnly.Parse(start), DateOnly.Parse(end));
}
