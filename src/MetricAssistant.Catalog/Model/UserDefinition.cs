namespace MetricAssistant.Catalog.Model;

/// <summary>A named identity of the catalog (the demo users), with roles and attributes that row rules read.</summary>
public sealed record UserDefinition(
    string Id,
    string? Name,
    IReadOnlyList<string> Roles,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes,
    SourceLocation Source);
