using System.Text.Json;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Governance.Requests;

namespace MetricAssistant.Infrastructure.Tests.Governance;

/// <summary>
/// What every <see cref="IRequestStore"/> must do, run once per store (memory, SQLite, PostgreSQL): requests kept with
/// who and when, every change appended to the history (nothing overwritten), a status change only from the status it
/// was decided against, notifications read once, a restart, concurrent changes, bad input refused.
/// </summary>
public abstract class RequestStoreContractTests : IAsyncLifetime
{
    private readonly List<IRequestStore> opened = [];

    protected static readonly DateTimeOffset T0 = new(2025, 7, 1, 9, 0, 0, TimeSpan.Zero);

    protected abstract void SkipIfUnavailable();

    /// <summary>A new store object on the same file or database as every other one this test opened.</summary>
    protected abstract IRequestStore CreateStore();

    /// <summary>Whether a second store object sees the first one's data (not for memory).</summary>
    protected virtual bool Durable => true;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in opened)
            if (store is IAsyncDisposable d) await d.DisposeAsync();
    }

    protected IRequestStore Open()
    {
        var store = CreateStore();
        opened.Add(store);
        return store;
    }

    private static readonly TeamsConversation Teams = new("https://smba.trafficmanager.net/amer/", "a:conv-1", "msteams", "28:bot", "Metric Assistant", "29:user", "Patti", "zh-CN", "tenant-1");

    protected static RequestDraft Draft(string question = "上个月的库存周转率", string user = "guest", int minutes = 0, TeamsConversation? teams = null) =>
        new(question + " 的需求", question, "要按门店看", new RequestDomain("Merchandising", "商品部"), "units_sold", user, teams is null ? "api" : "teams", teams, T0.AddMinutes(minutes));

    private static RequestChange Status(RequestStatus status, string user = "ceo", int minutes = 10, string? metric = null, string? comment = null) =>
        new(RequestEventKind.Status, status, comment, metric, user, T0.AddMinutes(minutes), Notify: true);

    [SkippableFact]
    public async Task A_request_is_kept_as_made_with_its_created_entry()
    {
        SkipIfUnavailable();
        var store = Open();
        var request = await store.CreateAsync(Draft(teams: Teams), CancellationToken.None);
        Assert.True(request.Id > 0);
        Assert.Equal(("上个月的库存周转率", "上个月的库存周转率 的需求", "要按门店看", RequestStatus.Open), (request.Question, request.Title, request.Description, request.Status));
        Assert.Equal((new RequestDomain("Merchandising", "商品部"), "units_sold", "guest", "teams"), (request.Domain, request.RoutedMetricId, request.RequesterId, request.Door));
        Assert.Equal((T0, T0, "guest"), (request.CreatedAt, request.UpdatedAt, request.UpdatedBy));
        Assert.Equal(Teams, request.Teams);
        var created = Assert.Single(await store.HistoryAsync(request.Id, CancellationToken.None));
        Assert.Equal((RequestEventKind.Created, RequestStatus.Open, "guest", T0, "要按门店看"), (created.Kind, created.Status, created.UserId, created.Time, created.Comment));
        Assert.Null(await store.GetAsync(999_999, CancellationToken.None));
    }

    [SkippableFact]
    public async Task Changes_are_appended_with_who_and_when_and_notify_the_requester()
    {
        SkipIfUnavailable();
        var store = Open();
        var request = await store.CreateAsync(Draft(), CancellationToken.None);
        var comment = await store.AppendAsync(request.Id, new RequestChange(RequestEventKind.Comment, null, "要按门店看吗？", null, "ceo", T0.AddMinutes(5), true), null, CancellationToken.None);
        Assert.Equal((RequestStatus.Open, "ceo", T0.AddMinutes(5)), (comment.Request!.Status, comment.Request.UpdatedBy, comment.Request.UpdatedAt));
        var own = await store.AppendAsync(request.Id, new RequestChange(RequestEventKind.Comment, null, "是的", null, "guest", T0.AddMinutes(6), false), null, CancellationToken.None);
        Assert.NotNull(own.Event);
        var accepted = await store.AppendAsync(request.Id, Status(RequestStatus.Accepted, comment: "排期中"), RequestStatus.Open, CancellationToken.None);
        Assert.Equal((RequestStatus.Open, RequestStatus.Accepted, "排期中"), (accepted.Event!.From, accepted.Event.Status, accepted.Event.Comment));
        var done = await store.AppendAsync(request.Id, Status(RequestStatus.Done, "fin_li", 20, "units_sold"), RequestStatus.Accepted, CancellationToken.None);
        Assert.Equal((RequestStatus.Done, "units_sold", "fin_li"), (done.Request!.Status, done.Request.MetricId, done.Request.UpdatedBy));

        var history = await store.HistoryAsync(request.Id, CancellationToken.None);
        Assert.Equal([RequestEventKind.Created, RequestEventKind.Comment, RequestEventKind.Comment, RequestEventKind.Status, RequestEventKind.Status], history.Select(e => e.Kind));
        Assert.Equal(["guest", "ceo", "guest", "ceo", "fin_li"], history.Select(e => e.UserId));
        Assert.Equal(T0.AddMinutes(20), history[^1].Time);

        var notes = await store.NotificationsAsync("guest", CancellationToken.None);
        Assert.Equal(3, notes.Count);
        Assert.All(notes, n => Assert.Null(n.ReadAt));
        Assert.Equal(done.Event!.Id, notes[0].EventId);
        Assert.Equal(3, await store.MarkReadAsync(request.Id, "guest", T0.AddHours(1), CancellationToken.None));
        Assert.Equal(0, await store.MarkReadAsync(request.Id, "guest", T0.AddHours(2), CancellationToken.None));
        Assert.All(await store.NotificationsAsync("guest", CancellationToken.None), n => Assert.Equal(T0.AddHours(1), n.ReadAt));
        Assert.Empty(await store.NotificationsAsync("ceo", CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_status_change_against_a_status_that_moved_writes_nothing()
    {
        SkipIfUnavailable();
        var store = Open();
        var request = await store.CreateAsync(Draft(), CancellationToken.None);
        await store.AppendAsync(request.Id, Status(RequestStatus.Declined), RequestStatus.Open, CancellationToken.None);
        var late = await store.AppendAsync(request.Id, Status(RequestStatus.Accepted, "fin_li", 11), RequestStatus.Open, CancellationToken.None);
        Assert.Null(late.Event);
        Assert.Equal(RequestStatus.Declined, late.ActualStatus);
        Assert.Equal(2, (await store.HistoryAsync(request.Id, CancellationToken.None)).Count);
        Assert.Single(await store.NotificationsAsync("guest", CancellationToken.None));
        Assert.True((await store.AppendAsync(999_999, Status(RequestStatus.Accepted), RequestStatus.Open, CancellationToken.None)).NotFound);
        Assert.True((await store.AppendAsync(999_999, new RequestChange(RequestEventKind.Comment, null, "x", null, "ceo", T0, false), null, CancellationToken.None)).NotFound);
    }

    [SkippableFact]
    public async Task Concurrent_decisions_on_one_request_let_exactly_one_through()
    {
        SkipIfUnavailable();
        var stores = Enumerable.Range(0, 4).Select(_ => Open()).ToArray();
        var request = await stores[0].CreateAsync(Draft(), CancellationToken.None);
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            stores[i % 4].AppendAsync(request.Id, Status(i % 2 == 0 ? RequestStatus.Accepted : RequestStatus.Declined, $"u{i}", i), RequestStatus.Open, CancellationToken.None))));
        Assert.Single(outcomes, o => o.Event is not null);
        Assert.Equal(2, (await stores[0].HistoryAsync(request.Id, CancellationToken.None)).Count);
        // Comments from everyone at once: every one kept.
        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() =>
            stores[i % 4].AppendAsync(request.Id, new RequestChange(RequestEventKind.Comment, null, $"c{i}", null, $"u{i}", T0.AddMinutes(30 + i), false), null, CancellationToken.None))));
        Assert.Equal(14, (await stores[0].HistoryAsync(request.Id, CancellationToken.None)).Count);
    }

    [SkippableFact]
    public async Task Lists_newest_first_by_status_and_nothing_is_lost_when_opened_again()
    {
        SkipIfUnavailable();
        var first = Open();
        var a = await first.CreateAsync(Draft("坪效", minutes: 0), CancellationToken.None);
        var b = await first.CreateAsync(Draft("复购率", minutes: 1, teams: Teams), CancellationToken.None);
        var c = await first.CreateAsync(Draft("NPS", minutes: 2), CancellationToken.None);
        await first.AppendAsync(b.Id, Status(RequestStatus.Accepted), RequestStatus.Open, CancellationToken.None);
        Assert.Equal([c.Id, b.Id, a.Id], (await first.ListAsync(null, 10, CancellationToken.None)).Select(r => r.Id));
        Assert.Equal([c.Id, a.Id], (await first.ListAsync(RequestStatus.Open, 10, CancellationToken.None)).Select(r => r.Id));
        Assert.Equal([c.Id], (await first.ListAsync(null, 1, CancellationToken.None)).Select(r => r.Id));
        if (!Durable) return;
        var reopened = Open();
        var read = await reopened.GetAsync(b.Id, CancellationToken.None);
        var expected = await first.GetAsync(b.Id, CancellationToken.None);
        Assert.Equal(JsonSerializer.Serialize(expected, ContractJson.Options), JsonSerializer.Serialize(read, ContractJson.Options));
        Assert.Equal(RequestStatus.Accepted, read!.Status);
        Assert.Equal(2, (await reopened.HistoryAsync(b.Id, CancellationToken.None)).Count);
        Assert.Single(await reopened.NotificationsAsync("guest", CancellationToken.None));
    }

    [SkippableFact]
    public async Task Bad_input_is_a_clear_error()
    {
        SkipIfUnavailable();
        var store = Open();
        await Assert.ThrowsAsync<ArgumentException>(() => store.CreateAsync(Draft() with { Question = " " }, CancellationToken.None));
        var request = await store.CreateAsync(Draft(), CancellationToken.None);
        await Assert.ThrowsAsync<ArgumentException>(() => store.AppendAsync(request.Id, new RequestChange(RequestEventKind.Status, null, null, null, "ceo", T0, false), null, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AppendAsync(request.Id, new RequestChange(RequestEventKind.Comment, null, " ", null, "ceo", T0, false), null, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.ListAsync(null, 0, CancellationToken.None));
        Assert.Single(await store.HistoryAsync(request.Id, CancellationToken.None));
    }
}
