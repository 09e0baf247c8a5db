using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Parsing;
using MetricAssistant.Understanding.Time;

namespace MetricAssistant.Understanding.Examples;

/// <summary>
/// The question layer of one catalog version: its metrics' typical questions and the accepted learned
/// examples of <see cref="IExampleSource"/>, looked up by masked wording. The learned book is rebuilt when
/// the source's version changes (an acceptance is heard on the next question, no restart); the typical
/// questions' book is built on first need. Pending and rejected examples never reach the source.
/// </summary>
public sealed class ExampleChooser
{
    /// <summary>How alike two masked wordings must be (Dice over character pairs) for one to be evidence for the other's metric.</summary>
    public const double NearSimilarity = 0.75;

    private readonly SemanticCatalog catalog;
    private readonly ExampleKeys keys;
    private readonly IExampleSource? source;
    private readonly Lazy<ExampleBook> typical;
    private readonly Lock gate = new();
    private (long Version, ExampleBook Book) learned = (ExampleSnapshot.Empty.Version, ExampleBook.Empty);

    public ExampleChooser(SemanticCatalog catalog, CatalogLexicon lexicon, IExampleSource? source)
    {
        this.catalog = catalog;
        this.source = source;
        // Known wordings are masked with the rules alone: the Recognizers fallback costs about a millisecond a
        // wording (seconds for a catalog's typical questions). A question is masked where its own reading found
        // time; where only the fallback did, the two keys differ and the example is simply not matched.
        keys = new ExampleKeys(lexicon, new TimeExpressionResolver(useRecognizers: false));
        typical = new Lazy<ExampleBook>(() => ExampleBook.Build(
            catalog.Metrics.Values.Where(m => m.IsPublished).OrderBy(m => m.Id, StringComparer.Ordinal)
                .SelectMany(m => m.TypicalQuestions.Select(q => new QuestionExample(q, [m.Id]))), keys));
    }

    /// <summary>The masked wording of a normalised question whose time expressions are found (see <see cref="ExampleKeys"/>).</summary>
    public string Key(string text, IReadOnlyList<TimeMention> mentions, IReadOnlyList<TermMatch> terms) => keys.Of(text, mentions, terms);

    /// <summary>The metrics of an accepted learned example with this wording: the owners' reading, which decides.</summary>
    public MetricChoice? Learned(string key) => LearnedBook().Find(key) is { } example ? Resolve(example) : null;

    /// <summary>A choice that names no metric, filled from a typical question with the same wording; otherwise unchanged.</summary>
    public MetricChoice OrTypical(string key, MetricChoice named) =>
        named.Metrics.Count == 0 && named.Ambiguous.Count <= 1 && typical.Value.Find(key) is { } question && Resolve(question) is { } choice ? choice : named;

    /// <summary>The metrics of the closest known wordings (learned or typical), best first: evidence when nothing else fits.</summary>
    public IReadOnlyList<string> Near(string key) =>
        new[] { LearnedBook().Nearest(key, NearSimilarity), typical.Value.Nearest(key, NearSimilarity) }
            .OfType<(QuestionExample Example, double Similarity)>()
            .OrderByDescending(n => n.Similarity)
            .SelectMany(n => Resolve(n.Example)?.Metrics ?? [])
            .Distinct()
            .ToArray();

    private ExampleBook LearnedBook()
    {
        if (source is null) return ExampleBook.Empty;
        var snapshot = source.Current;
        lock (gate)
        {
            if (learned.Version != snapshot.Version) learned = (snapshot.Version, ExampleBook.Build(snapshot.Examples, keys));
            return learned.Book;
        }
    }

    /// <summary>An example's metrics as they stand now: a deprecated one by its successor, an unknown one dropped.</summary>
    private MetricChoice? Resolve(QuestionExample example)
    {
        var metrics = new List<string>();
        var notices = new List<Notice>();
        foreach (var id in example.Metrics)
        {
            var metric = catalog.FindMetric(id);
            var chosen = metric is { IsPublished: true } ? metric.Id : metric is null ? null : catalog.SuccessorOf(metric.Id)?.Id;
            if (chosen is null || metrics.Contains(chosen)) continue;
            if (chosen != id) notices.Add(new AnsweredByReplacement(id, chosen));
            metrics.Add(chosen);
        }
        return metrics.Count == 0 ? null : new MetricChoice(metrics, [], notices);
    }
}
