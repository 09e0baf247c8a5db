namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>
/// How the lifecycle may write: when the catalog's source of truth is the YAML folder (<c>Catalog:Source=files</c>),
/// proposals and reviews still work but publishing is refused: the change is published by merging the YAML in git.
/// </summary>
public sealed record LifecycleSettings(bool CatalogIsFiles);
