namespace MetricAssistant.Application.Security;

/// <summary>
/// Where a user's directory groups are read when no token carries them (Teams users; API tokens with too many groups):
/// a file exported from the directory, Microsoft Graph, or none (<c>Directory:Source</c>). Lookups never throw for a
/// directory that fails: they return <see cref="DirectoryLookup.Failed"/>, which grants nothing.
/// </summary>
public interface IDirectoryGroups
{
    /// <summary>False for <c>Directory:Source=none</c>: every lookup is <see cref="DirectoryLookup.NotConfigured"/>.</summary>
    bool IsConfigured { get; }

    /// <summary>The transitive groups (object ids) of the user with this directory object id.</summary>
    Task<DirectoryLookup> GroupsOfAsync(string userObjectId, CancellationToken cancellationToken);
}
