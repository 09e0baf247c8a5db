namespace MetricAssistant.Catalog.Model;

/// <summary>A named identity of the catalog (the demo users), with roles and attributes that row rules read.</summary>
public sealed record UserDefinition(
    string Id,
    string? Name,
    IReadOnlyList<string> Roles,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes,
    SourceLocation Source)
{
    /// <summary>
    /// Directory groups (ids of the policy's <c>groups:</c>) the demo user is in: the demo's stand-in for the directory, so a
    /// demo user may get roles through groups only. Their roles and attributes join the user's own.
    /// </summary>
    public IReadOnlyList<string> Groups { get; init; } = [];
}
