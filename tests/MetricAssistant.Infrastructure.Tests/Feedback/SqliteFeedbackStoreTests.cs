using MetricAssistant.Application.Feedback;
using MetricAssistant.Infrastructure.Feedback;
using Microsoft.Data.Sqlite;

namespace MetricAssistant.Infrastructure.Tests.Feedback;

public sealed class SqliteFeedbackStoreTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), $"ma-feedback-{Guid.NewGuid():N}");

    private static readonly DateTimeOffset T0 = new(2025, 7, 15, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Entries_round_trip_newest_first_and_survive_a_new_store()
    {
        var path = Path.Combine(directory, "nested", "feedback.db");
        var store = new SqliteFeedbackStore(path);
        var first = new FeedbackEntry(T0, "east_wang", "上个月华东的GMV", "gmv", true, "清楚");
        var second = new FeedbackEntry(T0.AddMinutes(5), "ceo", null, null, false, null);
        await store.AddAsync(first, CancellationToken.None);
        await store.AddAsync(second, CancellationToken.None);

        var read = await new SqliteFeedbackStore(path).ReadAsync(null, 10, CancellationToken.None);

        Assert.Equal(2, read.Count);
        Assert.Equal(second with { Time = second.Time.ToUniversalTime() }, read[0]);
        Assert.Equal(first with { Time = first.Time.ToUniversalTime() }, read[1]);
        Assert.Equal(first.Time, read[1].Time);
    }

    [Fact]
    public async Task Reads_filter_by_metric_and_honour_the_limit()
    {
        var store = new SqliteFeedbackStore(Path.Combine(directory, "feedback.db"));
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

    [Fact]
    public async Task Reading_an_empty_store_creates_the_table()
    {
        var store = new SqliteFeedbackStore(Path.Combine(directory, "empty.db"));
        Assert.Empty(await store.ReadAsync(null, 5, CancellationToken.None));
        Assert.True(File.Exists(store.Path));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }
}
