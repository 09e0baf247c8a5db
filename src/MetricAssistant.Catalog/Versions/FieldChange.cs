namespace MetricAssistant.Catalog.Versions;

/// <summary>
/// One field that differs between two versions of a definition. <see cref="Path"/> names it as the YAML does
/// (<c>measure</c>, <c>name.zh</c>, <c>filters[0].op</c>); a value is a string, a list of strings (synonyms, tags…)
/// or null when the field is absent on that side.
/// </summary>
public sealed record FieldChange(string Path, object? From, object? To);
