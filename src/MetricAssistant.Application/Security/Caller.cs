namespace MetricAssistant.Application.Security;

/// <summary>
/// Who asks: their id, roles (from the catalog's access policy or the token), and attributes that row
/// rules read (e.g. "regions": ["east"]).
/// </summary>
public sealed record Caller(
    string UserId,
    IReadOnlyList<string> Roles,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes,
    CallerKind Kind,
    string? DisplayName = null)
{
    public IReadOnlyList<string> Attribute(string name) => Attributes.TryGetValue(name, out var values) ? values : [];

    /// <summary>
    /// The others who will read what this caller is shown (the members of a shared Teams conversation): the
    /// caller's rights narrow to what every one of them has too (<see cref="SharedAccess"/>). Empty when alone.
    /// </summary>
    public IReadOnlyList<Caller> Readers { get; init; } = [];

    /// <summary>The directory groups (object ids) whose roles the caller holds (<see cref="RoleResolver"/>); empty for none.</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];
}
