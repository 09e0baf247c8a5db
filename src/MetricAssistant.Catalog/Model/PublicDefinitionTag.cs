namespace MetricAssistant.Catalog.Model;

/// <summary>
/// A tag whose metrics' definitions everyone may read ("public_definition_tags:" of the access policy), while
/// their values stay as restricted as the roles say: for companies that publish their metric dictionary.
/// </summary>
public sealed record PublicDefinitionTag(string Tag, SourceLocation Source);
