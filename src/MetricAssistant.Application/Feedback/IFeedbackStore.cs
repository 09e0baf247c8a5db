namespace MetricAssistant.Application.Feedback;

/// <summary>Where answer feedback is kept, for catalog owners to read.</summary>
public interface IFeedbackStore
{
    Task AddAsync(FeedbackEntry entry, CancellationToken cancellationToken);

    /// <summary>The newest <paramref name="limit"/> entries, newest first; only <paramref name="metricId"/>'s when given.</summary>
    Task<IReadOnlyList<FeedbackEntry>> ReadAsync(string? metricId, int limit, CancellationToken cancellationToken);
}
