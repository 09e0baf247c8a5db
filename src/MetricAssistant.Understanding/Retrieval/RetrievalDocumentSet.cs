using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Retrieval;

/// <summary>
/// Every searchable text of a catalog, in a deterministic order (metrics by id, then dimensions by id), so the
/// same catalog always gives the same ordinals and a persisted vector collection can be reused.
/// <list type="bullet">
/// <item>Published metrics: names (zh, en), each synonym, the description in each language and each typical question.</item>
/// <item>Deprecated metrics: names, synonyms and typical questions (no description), marked status=deprecated
/// with replaced_by, so that a question using an old name finds the metric that replaced it.</item>
/// <item>Draft and in-review metrics are not indexed.</item>
/// <item>Dimensions (names, synonyms) and their values (names, synonyms).</item>
/// </list>
/// The same text twice for one metric (an English name repeated as a synonym) is indexed once.
/// </summary>
public sealed class RetrievalDocumentSet
{
    /// <summary>Changes whenever what is indexed or how changes, so persisted indexes built by older code are not reused.</summary>
    public const string Version = "docs-v1";

    public IReadOnlyList<RetrievalDocument> All { get; }
    public string CatalogHash { get; }

    private RetrievalDocumentSet(IReadOnlyList<RetrievalDocument> all, string catalogHash)
    {
        All = all;
        CatalogHash = catalogHash;
    }

    public static RetrievalDocumentSet Build(SemanticCatalog catalog)
    {
        var documents = new List<RetrievalDocument>();
        // One set of what a metric has indexed, emptied for each: at 100k metrics a set and a key string for each
        // document were about 100 MiB of a start's garbage.
        var indexed = new HashSet<(bool Description, string Text)>();
        foreach (var metric in catalog.Metrics.Values.OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            if (metric.Status is not (MetricStatus.Published or MetricStatus.Deprecated)) continue;
            var deprecated = metric.Status == MetricStatus.Deprecated;
            var status = deprecated ? RetrievalDocumentStatus.Deprecated : RetrievalDocumentStatus.Published;
            indexed.Clear();

            void Add(string field, string text, float weight, string? context = null)
            {
                if (string.IsNullOrWhiteSpace(text)) return;
                // Descriptions are kept apart from names: the same words as a description are a different document.
                if (!indexed.Add((field is RetrievalDocumentFields.DescriptionZh or RetrievalDocumentFields.DescriptionEn, TextNormalizer.Normalize(text)))) return;
                documents.Add(new RetrievalDocument(documents.Count, RetrievalDocumentKinds.Metric, field, text.Trim(), metric.Id, null, null,
                    status, deprecated ? metric.ReplacedBy : null, metric.Tags, metric.Official, metric.Family, weight, context));
            }

            Add(RetrievalDocumentFields.NameZh, metric.Name.Zh, 1.0f);
            Add(RetrievalDocumentFields.NameEn, metric.Name.En, 1.0f);
            foreach (var synonym in metric.Synonyms) Add(RetrievalDocumentFields.Synonym, synonym, 1.0f);
            if (!deprecated)
            {
                Add(RetrievalDocumentFields.DescriptionZh, metric.Description.Zh, 0.6f, metric.Name.Zh);
                Add(RetrievalDocumentFields.DescriptionEn, metric.Description.En, 0.6f, metric.Name.En);
            }
            foreach (var question in metric.TypicalQuestions) Add(RetrievalDocumentFields.Question, question, 0.85f);
        }

        foreach (var dimension in catalog.Dimensions.Values.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            void Add(string kind, string field, string text, string? code)
            {
                if (string.IsNullOrWhiteSpace(text)) return;
                if (!seen.Add((code ?? "") + "\u0000" + TextNormalizer.Normalize(text))) return;
                documents.Add(new RetrievalDocument(documents.Count, kind, field, text.Trim(), null, dimension.Id, code,
                    null, null, [], false, null, 1.0f, null));
            }

            Add(RetrievalDocumentKinds.Dimension, RetrievalDocumentFields.NameZh, dimension.Name.Zh, null);
            Add(RetrievalDocumentKinds.Dimension, RetrievalDocumentFields.NameEn, dimension.Name.En, null);
            foreach (var synonym in dimension.Synonyms) Add(RetrievalDocumentKinds.Dimension, RetrievalDocumentFields.Synonym, synonym, null);
            foreach (var value in dimension.Values)
            {
                Add(RetrievalDocumentKinds.DimensionValue, RetrievalDocumentFields.NameZh, value.Name.Zh, value.Code);
                Add(RetrievalDocumentKinds.DimensionValue, RetrievalDocumentFields.NameEn, value.Name.En, value.Code);
                foreach (var synonym in value.Synonyms) Add(RetrievalDocumentKinds.DimensionValue, RetrievalDocumentFields.Synonym, synonym, value.Code);
            }
        }
        return new RetrievalDocumentSet(documents, catalog.ContentHash);
    }
}
