using MetricAssistant.Application.Security;
using MetricAssistant.Infrastructure.Groups;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MetricAssistant.Infrastructure.Tests.Groups;

/// <summary>Memberships are kept for Directory:CacheMinutes, then read again; failures are never kept.</summary>
public sealed class CachedDirectoryGroupsTests
{
    /// <summary>A directory whose answer a test changes, counting lookups.</summary>
    private sealed class ScriptedDirectory : IDirectoryGroups
    {
        public DirectoryLookup Next { get; set; } = DirectoryLookup.Found(["g-1"]);

        public int Lookups { get; private set; }

        public bool IsConfigured => true;

        public Task<DirectoryLookup> GroupsOfAsync(string userObjectId, CancellationToken cancellationToken)
        {
            Lookups++;
            return Task.FromResult(Next);
        }
    }

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 5, 4, 0, 0, TimeSpan.Zero));
    private readonly ScriptedDirectory inner = new();

    private CachedDirectoryGroups Cache(int minutes = 15, int maxEntries = 10_000) =>
        new(inner, Options.Create(new DirectoryOptions { CacheMinutes = minutes, CacheMaxEntries = maxEntries }), time);

    [Fact]
    public async Task A_membership_is_kept_for_its_lifetime_then_read_again()
    {
        var cache = Cache(minutes: 15);
        Assert.Equal(["g-1"], (await cache.GroupsOfAsync("u", CancellationToken.None)).GroupIds);
        inner.Next = DirectoryLookup.Found([]); // removed from the group in the directory
        time.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(["g-1"], (await cache.GroupsOfAsync("U", CancellationToken.None)).GroupIds);
        Assert.Equal(1, inner.Lookups);
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Empty((await cache.GroupsOfAsync("u", CancellationToken.None)).GroupIds);
        Assert.Equal(2, inner.Lookups);
    }

    [Fact]
    public async Task A_failed_lookup_is_not_kept()
    {
        var cache = Cache();
        inner.Next = DirectoryLookup.Failed("Microsoft Graph answered 503");
        Assert.False((await cache.GroupsOfAsync("u", CancellationToken.None)).Succeeded);
        inner.Next = DirectoryLookup.Found(["g-1"]);
        Assert.Equal(["g-1"], (await cache.GroupsOfAsync("u", CancellationToken.None)).GroupIds);
        Assert.Equal(2, inner.Lookups);
    }

    [Fact]
    public async Task Zero_minutes_asks_every_time_and_the_size_is_bounded()
    {
        var uncached = Cache(minutes: 0);
        await uncached.GroupsOfAsync("u", CancellationToken.None);
        await uncached.GroupsOfAsync("u", CancellationToken.None);
        Assert.Equal(2, inner.Lookups);

        var small = Cache(minutes: 15, maxEntries: 1);
        await small.GroupsOfAsync("a", CancellationToken.None);
        await small.GroupsOfAsync("b", CancellationToken.None); // no room: not kept
        await small.GroupsOfAsync("b", CancellationToken.None);
        await small.GroupsOfAsync("a", CancellationToken.None); // kept
        Assert.Equal(5, inner.Lookups);
    }
}
