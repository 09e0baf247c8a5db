namespace MetricAssistant.Understanding.Retrieval;

/// <summary>
/// One searchable text of the catalog: a metric's name, synonym, description or typical question, or a
/// dimension's or dimension value's name or synonym. A metric has several; each carries what filtering and
/// mapping need (status, replacement, tags, official flag, family).
/// </summary>
/// <param name="Ordinal">Position in <see cref="RetrievalDocumentSet.All"/>; also the point id in the vector store.</param>
/// <param name="Kind">One of <see cref="RetrievalDocumentKinds"/>.</param>
/// <param name="Field">Which text it is: name_zh, name_en, synonym, description_zh, description_en, question.</param>
/// <param name="Text">The text as written in the catalog.</param>
/// <param name="Status">"published" or "deprecated" for metric documents, null otherwise.</param>
/// <param name="ReplacedBy">For a deprecated metric, the metric that replaces it.</param>
/// <param name="Weight">Multiplier of the lexical score: names count more than descriptions.</param>
/// <param name="EmbeddingContext">Put before the text when it is embedded (a description's metric name), or null.</param>
public sealed record RetrievalDocument(
    int Ordinal,
    string Kind,
    string Field,
    string Text,
    string? MetricId,
    string? DimensionId,
    string? Code,
    string? Status,
    string? ReplacedBy,
    IReadOnlyList<string> Tags,
    bool Official,
    string? Family,
    float Weight,
    string? EmbeddingContext)
{
    /// <summary>What is embedded for the dense index: the text, after its context when it has one ("客单价: 支付GMV除以…").</summary>
    public string EmbeddingText => EmbeddingContext is null ? Text : EmbeddingContext + ": " + Text;

    public bool IsMetric => Kind == RetrievalDocumentKinds.Metric;
    public bool IsDeprecated => Status == RetrievalDocumentStatus.Deprecated;

    /// <summary>The payload stored with this document's vector.</summary>
    public VectorPayload ToPayload() => new()
    {
        Kind = Kind,
        Field = Field,
        Text = Text,
        MetricId = MetricId,
        DimensionId = DimensionId,
        Code = Code,
        Status = Status,
        ReplacedBy = ReplacedBy,
        Tags = Tags,
        Official = Official,
        Family = Family,
    };
}

public static class RetrievalDocumentKinds
{
    public const string Metric = "metric";
    public const string Dimension = "dimension";
    public const string DimensionValue = "dimension_value";
}

public static class RetrievalDocumentStatus
{
    public const string Published = "published";
    public const string Deprecated = "deprecated";
}

public static class RetrievalDocumentFields
{
    public const string NameZh = "name_zh";
    public const string NameEn = "name_en";
    public const string Synonym = "synonym";
    public const string DescriptionZh = "description_zh";
    public const string DescriptionEn = "description_en";
    public const string Question = "question";

    public static bool IsName(string field) => field is NameZh or NameEn or Synonym;
}
