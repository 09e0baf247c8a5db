using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding;
using MetricAssistant.Understanding.Examples;
using MetricAssistant.Understanding.FollowUp;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Retrieval;
using MetricAssistant.Understanding.Time;

namespace MetricAssistant.Application.Asking;

/// <summary>
/// The question reader for the current catalog, built once per catalog version (the lexicon of terms
/// is derived from the catalog's content, so a new version gets a new reader), and the follow-up
/// interpreter that reads with the same lexicon.
/// With a <see cref="ReaderTableSnapshot"/>, the lexicon and the tables derived from it are read from the snapshot when
/// it was written for this catalog by this build, and kept there otherwise.
/// </summary>
public sealed class UnderstandingProvider(ITimeResolver time, IMetricRetriever retriever, IExampleSource? examples = null, ReaderTableSnapshot? snapshot = null)
{
    private readonly Lock gate = new();
    private (string Hash, QuestionUnderstanding Reader, FollowUpInterpreter FollowUps)? current;

    public QuestionUnderstanding For(SemanticCatalog catalog) => Build(catalog).Reader;

    public FollowUpInterpreter FollowUpsFor(SemanticCatalog catalog) => Build(catalog).FollowUps;

    private (string Hash, QuestionUnderstanding Reader, FollowUpInterpreter FollowUps) Build(SemanticCatalog catalog)
    {
        lock (gate)
        {
            if (current is { } c && c.Hash == catalog.ContentHash) return c;
            // The plurals below are added by this assembly and the catalog model is another's: both builds key the snapshot.
            var tables = snapshot is null
                ? ReaderTables.Build(BuildLexicon(catalog))
                : snapshot.Load(ReaderTableSnapshot.KeyFor(catalog.ContentHash, typeof(UnderstandingProvider).Assembly, typeof(SemanticCatalog).Assembly),
                    () => ReaderTables.Build(BuildLexicon(catalog)));
            current = (catalog.ContentHash, new QuestionUnderstanding(catalog, tables, time, retriever, examples), new FollowUpInterpreter(catalog, tables.Lexicon, time));
            return current.Value;
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
