using MetricAssistant.Application.Contracts;

namespace MetricAssistant.Application.Learning;

/// <summary>
/// A question and the metrics it was shown to mean, with every sighting counted: the same question and
/// metrics seen again add to <see cref="Count"/> rather than making a second example. <see cref="Query"/> is
/// the first sighting's query (the parameters read from that question); each sighting keeps its own in the store.
/// </summary>
public sealed record LearnedExample(
    long Id,
    string Question,
    IReadOnlyList<string> Metrics,
    QueryDto Query,
    ExampleOrigin Origin,
    ExampleStatus Status,
    int Count,
    string FirstUserId,
    DateTimeOffset FirstSeen,
    string LastUserId,
    DateTimeOffset LastSeen,
    string? ReviewedBy,
    DateTimeOffset? ReviewedAt);
