namespace MetricAssistant.Catalog.Model;

/// <summary>
/// A restriction on rows: the dimension must be within the user's attribute (region in the user's
/// "regions") or within fixed values (online_offline in [online]).
/// </summary>
public sealed record RowRule(string Dimension, string? Attribute, IReadOnlyList<string> Values, SourceLocation Source);
