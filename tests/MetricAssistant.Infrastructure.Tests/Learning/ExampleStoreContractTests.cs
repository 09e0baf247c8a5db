using System.Text.Json;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Learning;

namespace MetricAssistant.Infrastructure.Tests.Learning;

/// <summary>
/// What every <see cref="ILearnedExampleStore"/> must do, run once per store: a sighting becomes a pending example,
/// the same question and metrics add to its count (every sighting kept), reviews, filters, order, a restart,
/// concurrent sightings, and bad input refused.
/// </summary>
public abstract class ExampleStoreContractTests : IAsyncLifetime
{
    private readonly List<ILearnedExampleStore> opened = [];

    protected static readonly DateTimeOffset T0 = new(2025, 7, 1, 9, 0, 0, TimeSpan.Zero);

    protected abstract void SkipIfUnavailable();

    /// <summary>A new store object on the same file or database as every other one this test opened.</summary>
    protected abstract ILearnedExampleStore CreateStore();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in opened)
        {
            if (store is IAsyncDisposable d) await d.DisposeAsync();
        }
    }

    protected ILearnedExampleStore Open()
    {
        var store = CreateStore();
        opened.Add(store);
        return store;
    }

    protected static ExampleSighting Sighting(string question = "这周进了多少钱", string metric = "gmv", string user = "east_wang", int minutes = 0,
        ExampleOrigin origin = ExampleOrigin.Clarification) =>
        new(question, [metric], new QueryDto([metric], ["region"], [new QueryFilterDto("channel", "in", ["tmall"])], new TimeRangeDto("2025-06-01", "2025-07-01")),
            origin, user, T0.AddMinutes(minutes));

    [SkippableFact]
    public async Task A_sighting_becomes_a_pending_example_with_who_when_how_and_its_query()
    {
        SkipIfUnavailable();
        var store = Open();
        var example = await store.RecordAsync(Sighting(), CancellationToken.None);
        Assert.True(example.Id > 0);
        Assert.Equal("这周进了多少钱", example.Question);
        Assert.Equal(["gmv"], example.Metrics);
        Assert.Equal(ExampleStatus.Pending, example.Status);
        Assert.Equal(ExampleOrigin.Clarification, example.Origin);
        Assert.Equal(1, example.Count);
        Assert.Equal(("east_wang", T0), (example.FirstUserId, example.FirstSeen));
        Assert.Equal(["region"], example.Query.GroupBy!);
        Assert.Equal("tmall", example.Query.Filters![0].Values![0]);
        Assert.Equal("2025-06-01", example.Query.TimeRange!.Start);
        Assert.Null(example.ReviewedBy);
    }

    [SkippableFact]
    public async Task The_same_question_and_metrics_again_count_up_and_keep_every_sighting()
    {
        SkipIfUnavailable();
        var store = Open();
        var first = await store.RecordAsync(Sighting(), CancellationToken.None);
        // Normalised the same way the reader normalises: full-width and spacing do not make a new example.
        var second = await store.RecordAsync(Sighting(question: " 这周进了多少钱 ", user: "ceo", minutes: 5, origin: ExampleOrigin.Feedback), CancellationToken.None);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(2, second.Count);
        Assert.Equal(("east_wang", T0), (second.FirstUserId, second.FirstSeen));
        Assert.Equal(("ceo", T0.AddMinutes(5)), (second.LastUserId, second.LastSeen));
        var sightings = await store.SightingsAsync(first.Id, CancellationToken.None);
        Assert.Equal(["east_wang", "ceo"], sightings.Select(s => s.UserId));
        Assert.Equal([ExampleOrigin.Clarification, ExampleOrigin.Feedback], sightings.Select(s => s.Origin));
        Assert.Equal(" 这周进了多少钱 ", sightings[1].Question);

        var other = await store.RecordAsync(Sighting(metric: "gmv_ordered"), CancellationToken.None);
        Assert.NotEqual(first.Id, other.Id);
        Assert.Equal(2, (await store.ListAsync(null, 10, CancellationToken.None)).Count);
    }

    [SkippableFact]
    public async Task Reviews_set_status_reviewer_and_time_and_only_accepted_ones_are_accepted()
    {
        SkipIfUnavailable();
        var store = Open();
        var a = await store.RecordAsync(Sighting("这周进了多少钱"), CancellationToken.None);
        var b = await store.RecordAsync(Sighting("付过款的人有多少", "paying_customers"), CancellationToken.None);
        var c = await store.RecordAsync(Sighting("退掉的钱一共多少", "refund_amount"), CancellationToken.None);

        var accepted = await store.ReviewAsync(b.Id, ExampleStatus.Accepted, "ceo", T0.AddHours(1), CancellationToken.None);
        Assert.Equal((ExampleStatus.Accepted, "ceo", T0.AddHours(1)), (accepted!.Status, accepted.ReviewedBy, accepted.ReviewedAt!.Value));
        await store.ReviewAsync(a.Id, ExampleStatus.Accepted, "fin_li", T0.AddHours(2), CancellationToken.None);
        await store.ReviewAsync(c.Id, ExampleStatus.Rejected, "fin_li", T0.AddHours(3), CancellationToken.None);

        Assert.Equal([b.Id, a.Id], (await store.AcceptedAsync(CancellationToken.None)).Select(e => e.Id));
        Assert.Equal([c.Id], (await store.ListAsync(ExampleStatus.Rejected, 10, CancellationToken.None)).Select(e => e.Id));
        Assert.Empty(await store.ListAsync(ExampleStatus.Pending, 10, CancellationToken.None));
        Assert.Null(await store.ReviewAsync(999_999, ExampleStatus.Accepted, "ceo", T0, CancellationToken.None));
        Assert.Null(await store.GetAsync(999_999, CancellationToken.None));

        // Seen again after a review: counted, the owners' decision stands.
        var again = await store.RecordAsync(Sighting("退掉的钱一共多少", "refund_amount", minutes: 9), CancellationToken.None);
        Assert.Equal((c.Id, 2, ExampleStatus.Rejected), (again.Id, again.Count, again.Status));
    }

    [SkippableFact]
    public async Task Lists_newest_sighting_first_within_the_limit()
    {
        SkipIfUnavailable();
        var store = Open();
        for (var i = 0; i < 5; i++) await store.RecordAsync(Sighting($"问题{i}", minutes: i), CancellationToken.None);
        await store.RecordAsync(Sighting("问题0", minutes: 10), CancellationToken.None);
        var list = await store.ListAsync(null, 3, CancellationToken.None);
        Assert.Equal(["问题0", "问题4", "问题3"], list.Select(e => e.Question));
    }

    [SkippableFact]
    public async Task Nothing_is_lost_when_the_store_is_opened_again()
    {
        SkipIfUnavailable();
        var first = Open();
        var example = await first.RecordAsync(Sighting(), CancellationToken.None);
        await first.ReviewAsync(example.Id, ExampleStatus.Accepted, "ceo", T0.AddHours(1), CancellationToken.None);
        var reopened = Open();
        var read = await reopened.GetAsync(example.Id, CancellationToken.None);
        // Compared as the API writes them: lists are read back as new lists.
        var expected = example with { Status = ExampleStatus.Accepted, ReviewedBy = "ceo", ReviewedAt = T0.AddHours(1) };
        Assert.Equal(JsonSerializer.Serialize(expected, ContractJson.Options), JsonSerializer.Serialize(read, ContractJson.Options));
        Assert.Single(await reopened.AcceptedAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task Concurrent_sightings_of_one_question_make_one_example_counting_them_all()
    {
        SkipIfUnavailable();
        var stores = Enumerable.Range(0, 4).Select(_ => Open()).ToArray();
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => stores[i % 4].RecordAsync(Sighting(user: $"u{i}", minutes: i), CancellationToken.None))));
        var example = Assert.Single(await stores[0].ListAsync(null, 10, CancellationToken.None));
        Assert.Equal(20, example.Count);
        Assert.Equal(20, (await stores[0].SightingsAsync(example.Id, CancellationToken.None)).Count);
    }

    [SkippableFact]
    public async Task Bad_input_is_a_clear_error()
    {
        SkipIfUnavailable();
        var store = Open();
        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.RecordAsync(Sighting() with { Metrics = [] }, CancellationToken.None));
        Assert.Contains("at least one metric", error.Message);
        await Assert.ThrowsAsync<ArgumentException>(() => store.RecordAsync(Sighting() with { Question = " " }, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.ListAsync(null, 0, CancellationToken.None));
    }
}
