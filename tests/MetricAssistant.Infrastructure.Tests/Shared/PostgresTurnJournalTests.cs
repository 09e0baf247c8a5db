using MetricAssistant.Infrastructure.Shared;
using MetricAssistant.Infrastructure.Teams;
using MetricAssistant.Tests.Shared;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MetricAssistant.Infrastructure.Tests.Shared;

/// <summary>
/// The turn journal on a real PostgreSQL, as two replicas see it: a retry is not accepted twice, a running turn is left
/// alone while its lease is renewed, a lapsed one is claimed by exactly one other replica, an answered one never again,
/// and one that keeps failing is given up after <see cref="PostgresTurnJournal.MaxAttempts"/>.
/// </summary>
public sealed class PostgresTurnJournalTests : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 7, 15, 2, 0, 0, TimeSpan.Zero));
    private readonly List<SharedStore> opened = [];
    private string? connectionString;

    private static void SkipIfUnavailable() => Skip.If(PostgresServer.Instance.ConnectionString is null, PostgresServer.Instance.UnavailableReason);

    /// <summary>A replica's journal: its own owner id, the same database as every other one this test opened.</summary>
    private PostgresTurnJournal Replica()
    {
        var shared = new SharedStore(Options.Create(new SharedStoreOptions { ConnectionString = connectionString ??= PostgresServer.Instance.CreateDatabase("ma_turns") }));
        opened.Add(shared);
        return new PostgresTurnJournal(shared, clock);
    }

    [SkippableFact]
    public async Task A_retried_turn_is_accepted_once_wherever_it_lands()
    {
        SkipIfUnavailable();
        var (a, b) = (Replica(), Replica());
        Assert.True(await a.AcceptAsync("t1", "{}", "https://a", Lease, CancellationToken.None));
        Assert.False(await b.AcceptAsync("t1", "{}", "https://b", Lease, CancellationToken.None));
        Assert.False(await a.AcceptAsync("t1", "{}", "https://a", Lease, CancellationToken.None));
        await a.CompleteAsync("t1", CancellationToken.None);
        Assert.False(await b.AcceptAsync("t1", "{}", "https://b", Lease, CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_renewed_turn_is_left_alone_and_a_lapsed_one_is_claimed_by_one_replica()
    {
        SkipIfUnavailable();
        var (a, b, c) = (Replica(), Replica(), Replica());
        await a.AcceptAsync("t1", "{\"text\":\"上个月的GMV\"}", "https://a.example", Lease, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(20));
        await a.RenewAsync(["t1"], Lease, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Null(await b.ClaimAbandonedAsync(Lease, CancellationToken.None));

        clock.Advance(TimeSpan.FromSeconds(11));
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? b : c).ClaimAbandonedAsync(Lease, CancellationToken.None).AsTask()));
        var claimed = Assert.Single(claims, t => t is not null)!;
        Assert.Equal(("t1", "{\"text\":\"上个月的GMV\"}", "https://a.example", 2), (claimed.Id, claimed.Payload, claimed.PublicBaseUrl, claimed.Attempts));

        // The old owner's renewal no longer counts; the new owner's does.
        await a.RenewAsync(["t1"], TimeSpan.FromHours(1), CancellationToken.None);
        clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var again = await c.ClaimAbandonedAsync(Lease, CancellationToken.None) ?? await b.ClaimAbandonedAsync(Lease, CancellationToken.None);
        Assert.Equal(3, again?.Attempts);
    }

    [SkippableFact]
    public async Task An_answered_or_released_turn_is_never_claimed_and_a_failing_one_is_given_up()
    {
        SkipIfUnavailable();
        var (a, b) = (Replica(), Replica());
        await a.AcceptAsync("answered", "{}", "https://a", Lease, CancellationToken.None);
        await a.CompleteAsync("answered", CancellationToken.None);
        await a.AcceptAsync("released", "{}", "https://a", Lease, CancellationToken.None);
        await a.ReleaseAsync("released", CancellationToken.None);
        Assert.True(await b.AcceptAsync("released", "{}", "https://b", Lease, CancellationToken.None));
        await b.CompleteAsync("released", CancellationToken.None);
        await a.AcceptAsync("failing", "{}", "https://a", Lease, CancellationToken.None);

        var attempts = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            clock.Advance(Lease + TimeSpan.FromSeconds(1));
            if (await b.ClaimAbandonedAsync(Lease, CancellationToken.None) is { } turn) attempts.Add(turn.Id);
        }
        Assert.Equal(Enumerable.Repeat("failing", PostgresTurnJournal.MaxAttempts - 1), attempts);
    }

    public void Dispose()
    {
        foreach (var shared in opened) shared.Dispose();
    }
}
