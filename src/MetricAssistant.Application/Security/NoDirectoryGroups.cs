namespace MetricAssistant.Application.Security;

/// <summary><c>Directory:Source=none</c>: no directory; Teams users get only their configured mapping.</summary>
public sealed class NoDirectoryGroups : IDirectoryGroups
{
    public bool IsConfigured => false;

    public Task<DirectoryLookup> GroupsOfAsync(string userObjectId, CancellationToken cancellationToken) => Task.FromResult(DirectoryLookup.NotConfigured);
}
