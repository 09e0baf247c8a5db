using System.Text.Json;
using MetricAssistant.Application.Security;
using Microsoft.Extensions.Logging;

namespace MetricAssistant.Infrastructure.Groups;

/// <summary>
/// Directory groups from a JSON file exported from the directory (<c>Directory:Source=file</c>):
/// <code>{ "users": { "&lt;user object id&gt;": ["&lt;group object id&gt;", …], … } }</code>
/// Group lists are the user's transitive memberships (as Graph's <c>transitiveMemberOf</c> gives them); ids compare
/// case-insensitively. The file is read again when it changes. A user not in the file is in no group; a missing or
/// malformed file is a failed lookup (no rights from groups), logged, never a crash.
/// </summary>
public sealed class FileDirectoryGroups(string path, TimeProvider time, ILogger<FileDirectoryGroups>? logger = null) : IDirectoryGroups
{
    private sealed record Snapshot(DateTime WrittenAt, long Length, IReadOnlyDictionary<string, IReadOnlyList<string>> Users);

    private readonly Lock gate = new();
    private Snapshot? snapshot;

    public bool IsConfigured => true;

    public Task<DirectoryLookup> GroupsOfAsync(string userObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userObjectId);
        var (users, failure) = Load();
        if (users is null) return Task.FromResult(DirectoryLookup.Failed(failure!));
        return Task.FromResult(DirectoryLookup.Found(users.TryGetValue(userObjectId, out var groups) ? groups : []));
    }

    private (IReadOnlyDictionary<string, IReadOnlyList<string>>? Users, string? Failure) Load()
    {
        var info = new FileInfo(path);
        if (!info.Exists) return Fail($"the directory file {path} does not exist");
        lock (gate)
        {
            if (snapshot is { } kept && kept.WrittenAt == info.LastWriteTimeUtc && kept.Length == info.Length) return (kept.Users, null);
            try
            {
                var users = Parse(File.ReadAllText(path));
                snapshot = new Snapshot(info.LastWriteTimeUtc, info.Length, users);
                logger?.LogInformation("Directory file {Path} read at {Time}: {Count} users", path, time.GetUtcNow(), users.Count);
                return (users, null);
            }
            catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or FormatException)
            {
                return Fail($"the directory file {path} could not be read: {e.Message}");
            }
        }
    }

    private (IReadOnlyDictionary<string, IReadOnlyList<string>>?, string?) Fail(string reason)
    {
        logger?.LogWarning("Directory lookup failed: {Reason}", reason);
        return (null, reason);
    }

    /// <summary>The export's users → groups; anything but that shape is a <see cref="FormatException"/> naming what is wrong.</summary>
    internal static Dictionary<string, IReadOnlyList<string>> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("users", out var users) || users.ValueKind != JsonValueKind.Object)
            throw new FormatException("expected an object with \"users\": { \"<user object id>\": [\"<group object id>\", …] }");
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in users.EnumerateObject())
        {
            if (user.Value.ValueKind != JsonValueKind.Array || user.Value.EnumerateArray().Any(g => g.ValueKind != JsonValueKind.String))
                throw new FormatException($"the groups of user \"{user.Name}\" must be a list of group ids");
            if (!result.TryAdd(user.Name, user.Value.EnumerateArray().Select(g => g.GetString()!).Distinct(StringComparer.OrdinalIgnoreCase).ToArray()))
                throw new FormatException($"user \"{user.Name}\" is listed twice");
        }
        return result;
    }
}
