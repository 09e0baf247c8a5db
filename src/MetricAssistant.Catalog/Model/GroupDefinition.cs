namespace MetricAssistant.Catalog.Model;

/// <summary>
/// A directory group of the access policy (<c>groups:</c>): an Entra ID group object id with its display name, the roles
/// its members get, and attributes for row rules that every member carries (e.g. <c>regions: [east]</c> for the East China
/// managers). A member's roles are the union of their own and every group's; ids compare case-insensitively (GUIDs).
/// </summary>
public sealed record GroupDefinition(
    string Id,
    string Name,
    IReadOnlyList<string> Roles,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes,
    SourceLocation Source);
