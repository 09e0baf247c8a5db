using System.Collections.Concurrent;
using MetricAssistant.Application.Security;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Infrastructure.Groups;

/// <summary>
/// Keeps each user's groups for <see cref="DirectoryOptions.CacheMinutes"/> (time from <see cref="TimeProvider"/>), so a
/// membership removed in the directory stops granting within that bound. Only successful lookups are kept: a failure is
/// retried on the next turn. At most <see cref="DirectoryOptions.CacheMaxEntries"/> users; expired ones make room.
/// </summary>
public sealed class CachedDirectoryGroups(IDirectoryGroups inner, IOptions<DirectoryOptions> options, TimeProvider time) : IDirectoryGroups
{
    private sealed record Entry(DirectoryLookup Lookup, DateTimeOffset ReadAt);

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.OrdinalIgnoreCase);

    public bool IsConfigured => inner.IsConfigured;

    public async Task<DirectoryLookup> GroupsOfAsync(string userObjectId, CancellationToken cancellationToken)
    {
        var lifetime = TimeSpan.FromMinutes(options.Value.CacheMinutes);
        var now = time.GetUtcNow();
        if (entries.TryGetValue(userObjectId, out var kept) && now - kept.ReadAt < lifetime)
            return kept.Lookup;
        var lookup = await inner.GroupsOfAsync(userObjectId, cancellationToken);
        if (!lookup.Succeeded || lifetime <= TimeSpan.Zero)
        {
            entries.TryRemove(userObjectId, out _);
            return lookup;
        }
        if (entries.Count >= options.Value.CacheMaxEntries)
            foreach (var stale in entries.Where(e => now - e.Value.ReadAt >= lifetime).Select(e => e.Key).ToArray())
                entries.TryRemove(stale, out _);
        if (entries.Count < options.Value.CacheMaxEntries || entries.ContainsKey(userObjectId))
            entries[userObjectId] = new Entry(lookup, now);
        return lookup;
    }
}
