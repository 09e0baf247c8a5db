using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Learning;
using Microsoft.Extensions.Time.Testing;

namespace MetricAssistant.Application.Tests.Learning;

/// <summary>What the reader sees: accepted examples only, reloaded on the first question and whenever the snapshot is older than two seconds.</summary>
public sealed class AcceptedExamplesTests
{
    private readonly MemoryExampleStore store = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2025, 7, 15, 2, 0, 0, TimeSpan.Zero));

    private Task<LearnedExample> SeeAsync(string question, string metric) => store.RecordAsync(
        new ExampleSighting(question, [metric], new QueryDto([metric]), ExampleOrigin.Feedback, "ceo", time.GetUtcNow()), CancellationToken.None);

    [Fact]
    public async Task An_acceptance_made_elsewhere_is_read_within_two_seconds_and_pending_ones_never()
    {
        var accepted = new AcceptedExamples(store, time);
        var first = await SeeAsync("老板最关心的那个数", "gmv");
        await SeeAsync("老板第二关心的那个数", "aov");
        await store.ReviewAsync(first.Id, ExampleStatus.Accepted, "fin_li", time.GetUtcNow(), CancellationToken.None);

        await accepted.RefreshIfStaleAsync(CancellationToken.None);
        var snapshot = accepted.Current;
        Assert.Equal(["老板最关心的那个数"], snapshot.Examples.Select(e => e.Wording));

        // Accepted elsewhere (the CLI, another instance): not re-read within two seconds, read after.
        var second = (await store.ListAsync(ExampleStatus.Pending, 10, CancellationToken.None)).Single();
        await store.ReviewAsync(second.Id, ExampleStatus.Accepted, "ceo", time.GetUtcNow(), CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(1));
        await accepted.RefreshIfStaleAsync(CancellationToken.None);
        Assert.Same(snapshot, accepted.Current);
        time.Advance(TimeSpan.FromSeconds(2));
        await accepted.RefreshIfStaleAsync(CancellationToken.None);
        Assert.Equal(2, accepted.Current.Examples.Count);
        Assert.True(accepted.Current.Version > snapshot.Version);

        // Nothing changed: the same version, so the reader keeps its lookup.
        var unchanged = accepted.Current;
        time.Advance(TimeSpan.FromSeconds(3));
        await accepted.RefreshIfStaleAsync(CancellationToken.None);
        Assert.Equal(unchanged.Version, accepted.Current.Version);
    }
}
