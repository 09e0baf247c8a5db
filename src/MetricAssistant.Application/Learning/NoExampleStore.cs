namespace MetricAssistant.Application.Learning;

/// <summary>Learning turned off (<c>Examples:Store=none</c>, as evaluation runs use): nothing is kept, nothing is accepted.</summary>
public sealed class NoExampleStore : ILearnedExampleStore
{
    public Task<LearnedExample> RecordAsync(ExampleSighting sighting, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Learned examples are off (Examples:Store is none).");

    public Task<IReadOnlyList<LearnedExample>> ListAsync(ExampleStatus? status, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<LearnedExample>>([]);

    public Task<LearnedExample?> GetAsync(long id, CancellationToken cancellationToken) => Task.FromResult<LearnedExample?>(null);

    public Task<IReadOnlyList<ExampleSighting>> SightingsAsync(long id, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<ExampleSighting>>([]);

    public Task<LearnedExample?> ReviewAsync(long id, ExampleStatus status, string reviewer, DateTimeOffset time, CancellationToken cancellationToken) =>
        Task.FromResult<LearnedExample?>(null);

    public Task<IReadOnlyList<LearnedExample>> AcceptedAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<LearnedExample>>([]);
}
