using MetricAssistant.Application.Feedback;
using MetricAssistant.Infrastructure.Feedback;
using MetricAssistant.Infrastructure.Shared;
using MetricAssistant.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Infrastructure.Tests.Feedback;

/// <summary>What every <see cref="IFeedbackStore"/> must do, on the embedded SQLite file and on the shared PostgreSQL store.</summary>
public abstract class FeedbackStoreContractTests
{
    private static readonly DateTimeOffset T0 = new(2025, 7, 15, 10, 0, 0, TimeSpan.FromHours(8));

    protected abstract void SkipIfUnavailable();

    /// <summary>A new store object on the same file or database as every other one this test opened.</summary>
    protected abstract IFeedbackStore Open();

    [SkippableFact]
    public async Task Entries_round_trip_newest_first_and_survive_a_new_store()
    {
        SkipIfUnavailable();
        var store = Open();
        var first = new FeedbackEntry(T0, "east_wang", "上个月华东的GMV", "gmv", true, "清楚");
        var second = new FeedbackEntry(T0.AddMinutes(5), "ceo", null, null, false, null);
        await store.AddAsync(first, CancellationToken.None);
        await store.AddAsync(second, CancellationToken.None);

        var read = await Open().ReadAsync(null, 10, CancellationToken.None);

        Assert.Equal(2, read.Count);
        Assert.Equal(second with { Time = second.Time.ToUniversalTime() }, read[0]);
        Assert.Equal(first with { Time = first.Time.ToUniversalTime() }, read[1]);
        Assert.Equal(first.Time, read[1].Time);
    }

    [SkippableFact]
    public async Task Reads_filter_by_metric_and_honour_the_limit()
    {
        SkipIfUnavailable();
        var store = Open();
        for (var i = 0; i < 3; i++)
            await store.AddAsync(new FeedbackEntry(T0.AddMinutes(i), "ceo", $"q{i}", "gmv", i % 2 == 0, null), CancellationToken.None);
        await store.AddAsync(new FeedbackEntry(T0.AddMinutes(10), "ceo", "margin?", "gross_margin", false, "wrong"), CancellationToken.None);

        var gmv = await store.ReadAsync("gmv", 10, CancellationToken.None);
        Assert.Equal(["q2", "q1", "q0"], gmv.Select(e => e.Question));
        Assert.All(gmv, e => Assert.Equal("gmv", e.MetricId));

        var newest = await store.ReadAsync(null, 2, CancellationToken.None);
        Assert.Equal(["margin?", "q2"], newest.Select(e => e.Question));

        Assert.Empty(await store.ReadAsync("nope", 10, CancellationToken.None));
    }

    [SkippableFact]
    public async Task Reading_an_empty_store_creates_the_table()
    {
        SkipIfUnavailable();
        Assert.Empty(await Open().ReadAsync(null, 5, CancellationToken.None));
    }
}
