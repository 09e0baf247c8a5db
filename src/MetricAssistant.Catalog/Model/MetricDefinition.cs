namespace MetricAssistant.Catalog.Model;

/// <summary>
/// A governed metric: the business question it answers, its data model and calculation, its permission
/// tags, and its governance (owner, status, version, whether it is the company standard among variants).
/// </summary>
public sealed record MetricDefinition(
    string Id,
    LocalizedText Name,
    IReadOnlyList<string> Synonyms,
    LocalizedText Description,
    IReadOnlyList<string> TypicalQuestions,
    string Domain,
    LocalizedText Owner,
    MetricStatus Status,
    int Version,
    bool Official,
    string? Family,
    string? ReplacedBy,
    string Unit,
    string Format,
    IReadOnlyList<string> Tags,
    MetricCalculation Calculation,
    string DefaultWindow,
    MetricLineage? Lineage,
    SourceLocation Source)
{
    public bool IsPublished => Status == MetricStatus.Published;

    /// <summary>The version history, oldest first (optional in the YAML, so empty for metrics without one).</summary>
    public IReadOnlyList<MetricChange> Changelog { get; init; } = [];

    /// <summary>Which direction is good ("better:" in the YAML, higher when absent): what "best" and "worst" rank by.</summary>
    public BetterDirection Better { get; init; } = BetterDirection.Higher;

    /// <summary>
    /// Concept words the definition cannot show ("concepts:" in the YAML, optional): "new" for members who
    /// signed up in the period, "placed" for orders by order time. Added to the derived <see cref="MetricSignature"/>.
    /// </summary>
    public IReadOnlyList<string> Concepts { get; init; } = [];

    /// <summary>How often new data is expected ("freshness:" in the YAML, optional; else its models' schedule, else daily).</summary>
    public FreshnessExpectation? Freshness { get; init; }
    /// <summary>When a deprecated metric is to be retired ("sunset:" in the YAML, optional, only on a deprecated or retired metric).</summary>
    public DateOnly? Sunset { get; init; }

    /// <summary>
    /// Whether everyone may read this definition ("definitions_public: true" in the YAML, optional) while its values
    /// stay as restricted as the access policy says.
    /// </summary>
    public bool DefinitionsPublic { get; init; }
}
