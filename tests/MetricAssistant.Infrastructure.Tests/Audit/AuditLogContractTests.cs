using System.Diagnostics;
using MetricAssistant.Application.Audit;
using Xunit.Abstractions;

namespace MetricAssistant.Infrastructure.Tests.Audit;

/// <summary>
/// What every <see cref="IAuditLog"/> store must do, run once per store: filters, newest first, limits,
/// surviving a restart, concurrent writers, and hostile-looking text kept verbatim.
/// </summary>
public abstract class AuditLogContractTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly List<IAuditLog> opened = [];

    protected static readonly DateTimeOffset T0 = new(2025, 7, 1, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Skips the test when the store cannot run here (no PostgreSQL server).</summary>
    protected abstract void SkipIfUnavailable();

    /// <summary>A new store object on the same file or database as every other one this test opened.</summary>
    protected abstract IAuditLog CreateStore();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var store in opened) await CloseAsync(store);
    }

    /// <summary>What was recorded, without where the store put it (its id and chain link), to compare with what was written.</summary>
    protected static IReadOnlyList<AuditEntry> Content(IReadOnlyList<AuditEntry> entries) => entries.Select(e => e with { Seal = null }).ToArray();

    protected IAuditLog Open()
    {
        var store = CreateStore();
        opened.Add(store);
        return store;
    }

    protected static async Task CloseAsync(IAuditLog store)
    {
        if (store is IAsyncDisposable asyncDisposable) await asyncDisposable.DisposeAsync();
        else if (store is IDisposable disposable) disposable.Dispose();
    }

    public static AuditEntry Entry(int minute, string user = "ceo", string status = "ok", string? metric = "gmv", string? question = null, TimeSpan? offset = null) =>
        new(T0.AddMinutes(minute).AddMilliseconds(minute * 7).ToOffset(offset ?? TimeSpan.FromHours(8)),
            user, "demo", "api", question ?? $"question {minute}", status, metric, metric is null ? null : 2,
            metric is null ? null : $"SELECT sum(amount) FROM orders -- {minute}", """{"regions":["east"]}""", minute, 12.5 + minute, status == "ok" ? null : "unknown_dimension");

    /// <summary>Nine entries over three users, three statuses and three metrics, written out of time order.</summary>
    private static readonly AuditEntry[] Sample =
    [
        Entry(5, "ceo", "ok", "gmv"),
        Entry(1, "fin_li", "ok", "aov"),
        Entry(8, "east_wang", "invalid", "gmv"),
        Entry(3, "ceo", "not_found", null),
        Entry(7, "fin_li", "ok", "gmv", offset: TimeSpan.Zero),
        Entry(2, "east_wang", "ok", "orders"),
        Entry(6, "ceo", "invalid", "aov"),
        Entry(4, "fin_li", "ok", "orders", offset: TimeSpan.FromHours(-5)),
        Entry(0, "ceo", "ok", "gmv"),
    ];

    private static AuditEntry[] Newest(IEnumerable<AuditEntry> entries) => entries.OrderByDescending(e => e.Time).ToArray();

    private async Task<IAuditLog> WithSampleAsync()
    {
        SkipIfUnavailable();
        var store = Open();
        foreach (var entry in Sample) await store.RecordAsync(entry, CancellationToken.None);
        return store;
    }

    [SkippableFact]
    public async Task Reads_everything_newest_first_exactly_as_written()
    {
        var store = await WithSampleAsync();
        var all = Content(await store.ReadAsync(new AuditFilter(), CancellationToken.None));
        Assert.Equal(Newest(Sample), all);
        Assert.Equal(TimeSpan.Zero, all.Single(e => e.Question == "question 7").Time.Offset);
        Assert.Equal(TimeSpan.FromHours(-5), all.Single(e => e.Question == "question 4").Time.Offset);
    }

    [SkippableFact]
    public async Task Filters_by_user_status_and_metric()
    {
        var store = await WithSampleAsync();
        Assert.Equal(Newest(Sample.Where(e => e.UserId == "fin_li")), Content(await store.ReadAsync(new AuditFilter(UserId: "fin_li"), CancellationToken.None)));
        Assert.Equal(Newest(Sample.Where(e => e.Status == "invalid")), Content(await store.ReadAsync(new AuditFilter(Status: "invalid"), CancellationToken.None)));
        Assert.Equal(Newest(Sample.Where(e => e.MetricId == "gmv")), Content(await store.ReadAsync(new AuditFilter(MetricId: "gmv"), CancellationToken.None)));
        Assert.Equal(Newest(Sample.Where(e => e.UserId == "ceo" && e.Status == "ok" && e.MetricId == "gmv")),
            Content(await store.ReadAsync(new AuditFilter(UserId: "ceo", Status: "ok", MetricId: "gmv"), CancellationToken.None)));
        Assert.Empty(Content(await store.ReadAsync(new AuditFilter(UserId: "CEO"), CancellationToken.None)));
        Assert.Empty(Content(await store.ReadAsync(new AuditFilter(UserId: "nobody"), CancellationToken.None)));
    }

    [SkippableFact]
    public async Task Filters_by_time_range_from_inclusive_to_exclusive_whatever_the_offsets()
    {
        var store = await WithSampleAsync();
        var from = Entry(2).Time;
        var to = Entry(6).Time.ToOffset(TimeSpan.FromHours(-3)); // the same instant in another zone
        Assert.Equal(Newest(Sample.Where(e => e.Time >= from)), Content(await store.ReadAsync(new AuditFilter(From: from), CancellationToken.None)));
        Assert.Equal(Newest(Sample.Where(e => e.Time < to)), Content(await store.ReadAsync(new AuditFilter(To: to), CancellationToken.None)));
        var range = Content(await store.ReadAsync(new AuditFilter(From: from, To: to), CancellationToken.None));
        Assert.Equal(["question 5", "question 4", "question 3", "question 2"], range.Select(e => e.Question));
        Assert.Equal(["question 3"], (Content(await store.ReadAsync(new AuditFilter(UserId: "ceo", From: from, To: to, Status: "not_found"), CancellationToken.None))).Select(e => e.Question));
    }

    [SkippableFact]
    public async Task Counts_who_asked_about_some_metrics_in_a_period_most_first()
    {
        var store = await WithSampleAsync();
        var all = await store.CountAskersAsync(["gmv", "aov"], T0.AddDays(-30), T0.AddDays(1), CancellationToken.None);
        // gmv: ceo 2, east_wang 1, fin_li 1; aov: fin_li 1, ceo 1 — every status counts, "orders" and the metric-less entry do not.
        Assert.Equal([("ceo", 3, "aov,gmv"), ("fin_li", 2, "aov,gmv"), ("east_wang", 1, "gmv")], Flatten(all));

        // From inclusive, to exclusive, whatever the offset the bounds are written with.
        var window = await store.CountAskersAsync(["gmv"], Entry(5).Time.ToOffset(TimeSpan.FromHours(-3)), Entry(8).Time, CancellationToken.None);
        Assert.Equal([("ceo", 1, "gmv"), ("fin_li", 1, "gmv")], Flatten(window));

        Assert.Empty(await store.CountAskersAsync(["refund_rate"], T0.AddDays(-30), T0.AddDays(1), CancellationToken.None));
        Assert.Empty(await store.CountAskersAsync([], T0.AddDays(-30), T0.AddDays(1), CancellationToken.None));
        Assert.Empty(await store.CountAskersAsync(["gmv"], T0.AddDays(1), T0.AddDays(-30), CancellationToken.None));

        // Records compare lists by reference: compare their contents.
        static (string, int, string)[] Flatten(IReadOnlyList<AskerCount> counts) => counts.Select(c => (c.User, c.Count, string.Join(",", c.Metrics))).ToArray();
    }

    [SkippableFact]
    public async Task Limit_keeps_the_newest()
    {
        var store = await WithSampleAsync();
        Assert.Equal(Newest(Sample).Take(3), Content(await store.ReadAsync(new AuditFilter(Limit: 3), CancellationToken.None)));
        Assert.Equal(Newest(Sample.Where(e => e.UserId == "ceo")).Take(2), Content(await store.ReadAsync(new AuditFilter(UserId: "ceo", Limit: 2), CancellationToken.None)));
        Assert.Single(Content(await store.ReadAsync(new AuditFilter(Limit: 1), CancellationToken.None)));
        Assert.Equal(Sample.Length, (Content(await store.ReadAsync(new AuditFilter(Limit: 1000), CancellationToken.None))).Count);
    }

    [SkippableFact]
    public async Task Refuses_a_limit_outside_1_to_1000_and_an_empty_range()
    {
        SkipIfUnavailable();
        var store = Open();
        await Assert.ThrowsAsync<ArgumentException>(() => store.ReadAsync(new AuditFilter(Limit: 0), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ReadAsync(new AuditFilter(Limit: 1001), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.ReadAsync(new AuditFilter(From: T0, To: T0), CancellationToken.None));
    }

    [SkippableFact]
    public async Task Equal_times_come_newest_written_first()
    {
        SkipIfUnavailable();
        var store = Open();
        for (var i = 0; i < 5; i++) await store.RecordAsync(Entry(0, question: $"same time {i}"), CancellationToken.None);
        var read = Content(await store.ReadAsync(new AuditFilter(), CancellationToken.None));
        Assert.Equal(["same time 4", "same time 3", "same time 2", "same time 1", "same time 0"], read.Select(e => e.Question));
    }

    [SkippableFact]
    public async Task Keeps_missing_optional_fields_as_null()
    {
        SkipIfUnavailable();
        var store = Open();
        var bare = new AuditEntry(T0, "guest", "none", "cli", null, "invalid", null, null, null, null, 0, 0, null);
        await store.RecordAsync(bare, CancellationToken.None);
        Assert.Equal([bare], Content(await store.ReadAsync(new AuditFilter(), CancellationToken.None)));
    }

    [SkippableFact]
    public async Task Entries_survive_a_restart()
    {
        var first = await WithSampleAsync();
        var extra = Entry(9, "guest", "ok", "aov");
        await first.RecordAsync(extra, CancellationToken.None);
        await CloseAsync(first);
        opened.Remove(first);

        var second = Open();
        Assert.Equal(Newest(Sample.Append(extra)), Content(await second.ReadAsync(new AuditFilter(), CancellationToken.None)));
        var after = Entry(10, "ceo", "ok", "gmv");
        await second.RecordAsync(after, CancellationToken.None);
        await CloseAsync(second);
        opened.Remove(second);

        var third = Open();
        Assert.Equal(Newest(Sample.Append(extra).Append(after)), Content(await third.ReadAsync(new AuditFilter(), CancellationToken.None)));
    }

    [SkippableFact]
    public async Task Two_hundred_concurrent_records_are_all_kept()
    {
        SkipIfUnavailable();
        var store = Open();
        var entries = Enumerable.Range(0, 200).Select(i => Entry(i % 60, $"user{i % 7}", i % 3 == 0 ? "invalid" : "ok", question: $"parallel {i}")).ToArray();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writers = entries.Select(e => Task.Run(async () =>
        {
            await start.Task;
            await store.RecordAsync(e, CancellationToken.None);
        })).ToArray();
        start.SetResult();
        await Task.WhenAll(writers);

        var read = Content(await store.ReadAsync(new AuditFilter(Limit: 1000), CancellationToken.None));
        Assert.Equal(200, read.Count);
        Assert.Equal(entries.OrderBy(e => e.Question, StringComparer.Ordinal), read.OrderBy(e => e.Question, StringComparer.Ordinal));
        Assert.Equal(read.OrderByDescending(e => e.Time).Select(e => e.Time), read.Select(e => e.Time));
        Assert.Equal(entries.Count(e => e.UserId == "user3"), (Content(await store.ReadAsync(new AuditFilter(UserId: "user3", Limit: 1000), CancellationToken.None))).Count);
    }

    public static TheoryData<string> Hostile => new()
    {
        "it's",
        "\"double\" and 'single' quotes",
        "x'); DROP TABLE audit_log; --",
        "'; DELETE FROM audit_log WHERE '1'='1",
        "Robert'); DROP TABLE students;--",
        "%_ wildcards \\ backslash \\' escaped",
        "$1 $$dollar quoted$$ @UserId :name ?",
        "GMV 按区域 2025年 — 东区‘华东’「引号」 😀 \u200b zero-width",
        "line one\nline two\r\n\ttabbed",
        "/* comment */ SELECT * FROM audit_log",
    };

    [SkippableTheory]
    [MemberData(nameof(Hostile))]
    public async Task Stores_and_finds_injection_looking_text_verbatim(string text)
    {
        SkipIfUnavailable();
        var store = Open();
        await store.RecordAsync(Entry(1, "ceo"), CancellationToken.None);
        var hostile = new AuditEntry(T0.AddMinutes(2), text, text, text, text, text, text, 3, text, text, 1, 1.5, text);
        await store.RecordAsync(hostile, CancellationToken.None);

        Assert.Equal([hostile], Content(await store.ReadAsync(new AuditFilter(UserId: text), CancellationToken.None)));
        Assert.Equal([hostile], Content(await store.ReadAsync(new AuditFilter(Status: text), CancellationToken.None)));
        Assert.Equal([hostile], Content(await store.ReadAsync(new AuditFilter(MetricId: text), CancellationToken.None)));
        Assert.Equal(2, (Content(await store.ReadAsync(new AuditFilter(), CancellationToken.None))).Count); // the table is still there, with both rows
    }

    [SkippableFact]
    public async Task Reports_the_median_insert_latency()
    {
        SkipIfUnavailable();
        var store = Open();
        await store.RecordAsync(Entry(0, question: "warm-up"), CancellationToken.None);
        var samples = new List<double>();
        for (var i = 0; i < 200; i++)
        {
            var watch = Stopwatch.StartNew();
            await store.RecordAsync(Entry(i % 60, question: $"timed {i}"), CancellationToken.None);
            samples.Add(watch.Elapsed.TotalMilliseconds);
        }
        samples.Sort();
        var watchParallel = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => store.RecordAsync(Entry(i % 60, question: $"parallel {i}"), CancellationToken.None))));
        var parallel = watchParallel.Elapsed.TotalMilliseconds;
        output.WriteLine($"{GetType().Name}: sequential insert median {samples[100]:F3} ms, p95 {samples[190]:F3} ms, max {samples[^1]:F3} ms; 200 concurrent inserts in {parallel:F0} ms");
        Assert.Equal(401, (Content(await store.ReadAsync(new AuditFilter(Limit: 1000), CancellationToken.None))).Count);
    }
}
