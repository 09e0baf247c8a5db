namespace MetricAssistant.Application.Learning;

/// <summary>
/// Where learned examples are kept (SQLite embedded, PostgreSQL in a deployment). Every sighting is kept;
/// sightings of the same question (normalised) and metrics share one example and its count.
/// </summary>
public interface ILearnedExampleStore
{
    /// <summary>Adds the sighting: a new pending example, or one more of an existing one (whatever its status).</summary>
    Task<LearnedExample> RecordAsync(ExampleSighting sighting, CancellationToken cancellationToken);

    /// <summary>Examples newest sighting first; only those with <paramref name="status"/> when given.</summary>
    Task<IReadOnlyList<LearnedExample>> ListAsync(ExampleStatus? status, int limit, CancellationToken cancellationToken);

    Task<LearnedExample?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>Every sighting of an example, oldest first, as it came (who, when, how, its query).</summary>
    Task<IReadOnlyList<ExampleSighting>> SightingsAsync(long id, CancellationToken cancellationToken);

    /// <summary>Sets the status with who decided and when; null when there is no such example.</summary>
    Task<LearnedExample?> ReviewAsync(long id, ExampleStatus status, string reviewer, DateTimeOffset time, CancellationToken cancellationToken);

    /// <summary>Every accepted example, oldest acceptance first (what the question reader consults).</summary>
    Task<IReadOnlyList<LearnedExample>> AcceptedAsync(CancellationToken cancellationToken);
}
