namespace MetricAssistant.Catalog.Model;

/// <summary>
/// A many-to-one join from a model to another: every row of the source matches at most one row of
/// <see cref="Model"/>, so following joins never fans out the source's rows.
/// </summary>
public sealed record JoinDefinition(string Name, string Model, string FromColumn, string ToColumn, SourceLocation Source);
