using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Retrieval;
using MetricAssistant.Understanding.Time;

namespace MetricAssistant.Application.Asking;

/// <summary>
/// The question reader for the current catalog, built once per catalog version (the lexicon of terms
/// is derived from the catalog's content, so a new version gets a new reader).
/// </summary>
public sealed class UnderstandingProvider(ITimeResolver time, IMetricRetriever retriever)
{
    private readonly Lock gate = new();
    private (string Hash, QuestionUnderstanding Reader)? current;

    public QuestionUnderstanding For(SemanticCatalog catalog)
    {
        lock (gate)
        {
            if (current is { } c && c.Hash == catalog.ContentHash) return c.Reader;
            var reader = new QuestionUnderstanding(catalog, BuildLexicon(catalog), time, retriever);
            current = (catalog.ContentHash, reader);
            return reader;
        }
    }

    /// <summary>The catalog's words plus English plurals of dimension names ("stores", "categories").</summary>
    private static CatalogLexicon BuildLexicon(SemanticCatalog catalog)
    {
        var lexicon = new CatalogLexicon(catalog);
        foreach (var dimension in catalog.Dimensions.Values)
        {
            var entry = new LexiconEntry(TermKind.Dimension, dimension.Id);
            foreach (var word in new[] { dimension.Name.En }.Concat(dimension.Synonyms).Where(w => w.All(c => c < 128)))
                lexicon.Add(Plural(word), entry);
        }
        return lexicon;
    }

    private static string Plural(string word) => word.EndsWith('y') && !word.EndsWith("ay", StringComparison.OrdinalIgnoreCase)
        ? word[..^1] + "ies"
        : word.EndsWith('s') ? word + "es" : word + "s";
}
