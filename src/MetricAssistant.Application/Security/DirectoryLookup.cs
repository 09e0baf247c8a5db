namespace MetricAssistant.Application.Security;

/// <summary>
/// The outcome of asking the directory for a user's groups: the group ids (none for a user the directory does not list),
/// or why the directory could not answer (<see cref="Failure"/>), in which case the caller gets no rights from groups.
/// </summary>
public sealed record DirectoryLookup(IReadOnlyList<string> GroupIds, string? Failure)
{
    public static readonly DirectoryLookup NotConfigured = new([], "no directory source is configured (Directory:Source=none)");

    public bool Succeeded => Failure is null;

    public static DirectoryLookup Found(IReadOnlyList<string> groupIds) => new(groupIds, null);

    public static DirectoryLookup Failed(string reason) => new([], reason);
}
