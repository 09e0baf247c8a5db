using MetricAssistant.Application.Learning;

namespace MetricAssistant.Application.Tests.Learning;

/// <summary>An in-memory <see cref="ILearnedExampleStore"/> with the stores' rules (one example per fingerprint, counted), for service tests.</summary>
internal sealed class MemoryExampleStore : ILearnedExampleStore
{
    private readonly Lock gate = new();
    private readonly List<LearnedExample> examples = [];
    private readonly List<(long Id, string Fingerprint, ExampleSighting Sighting)> sightings = [];

    public Task<LearnedExample> RecordAsync(ExampleSighting sighting, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var known = sightings.FirstOrDefault(s => s.Fingerprint == sighting.Fingerprint);
            LearnedExample example;
            if (known.Sighting is null)
            {
                example = new LearnedExample(examples.Count + 1, sighting.Question, sighting.Metrics, sighting.Query, sighting.Origin, ExampleStatus.Pending, 1,
                    sighting.UserId, sighting.Time, sighting.UserId, sighting.Time, null, null);
                examples.Add(example);
            }
            else
            {
                var index = examples.FindIndex(e => e.Id == known.Id);
                example = examples[index] = examples[index] with { Count = examples[index].Count + 1, LastUserId = sighting.UserId, LastSeen = sighting.Time };
            }
            sightings.Add((example.Id, sighting.Fingerprint, sighting));
            return Task.FromResult(example);
        }
    }

    public Task<IReadOnlyList<LearnedExample>> ListAsync(ExampleStatus? status, int limit, CancellationToken cancellationToken)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyList<LearnedExample>>(examples.Where(e => status is null || e.Status == status).OrderByDescending(e => e.LastSeen).ThenByDescending(e => e.Id).Take(limit).ToList());
    }

    public Task<LearnedExample?> GetAsync(long id, CancellationToken cancellationToken)
    {
        lock (gate) return Task.FromResult(examples.FirstOrDefault(e => e.Id == id));
    }

    public Task<IReadOnlyList<ExampleSighting>> SightingsAsync(long id, CancellationToken cancellationToken)
    {
        lock (gate) return Task.FromResult<IReadOnlyList<ExampleSighting>>(sightings.Where(s => s.Id == id).Select(s => s.Sighting).ToList());
    }

    public Task<LearnedExample?> ReviewAsync(long id, ExampleStatus status, string reviewer, DateTimeOffset time, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var index = examples.FindIndex(e => e.Id == id);
            if (index < 0) return Task.FromResult<LearnedExample?>(null);
            examples[index] = examples[index] with { Status = status, ReviewedBy = reviewer, ReviewedAt = time };
            return Task.FromResult<LearnedExample?>(examples[index]);
        }
    }

    public Task<IReadOnlyList<LearnedExample>> AcceptedAsync(CancellationToken cancellationToken)
    {
        lock (gate)
            return Task.FromResult<IReadOnlyList<LearnedExample>>(examples.Where(e => e.Status == ExampleStatus.Accepted).OrderBy(e => e.ReviewedAt).ThenBy(e => e.Id).ToList());
    }
}
