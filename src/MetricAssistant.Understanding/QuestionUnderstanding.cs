using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Concepts;
using MetricAssistant.Understanding.Coverage;
using MetricAssistant.Understanding.Examples;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Parsing;
using MetricAssistant.Understanding.Retrieval;
using MetricAssistant.Understanding.Text;
using MetricAssistant.Understanding.Time;
using MetricAssistant.Understanding.Timing;
using static MetricAssistant.Understanding.MatchRules;

namespace MetricAssistant.Understanding;

/// <summary>
/// The offline, deterministic reading of a question: time, then catalog terms (metrics, dimensions,
/// values), then grain, ranking and comparison; the metric is chosen from the catalog's own words first
/// and from retrieval (lexical + vector) when the question uses none of them. Between the two, what the
/// question describes (<see cref="DescribedMetricChooser"/>, which documents the precedence): a ratio
/// built from named metrics, a glossary word settled by the rest of the question, a description alone.
/// </summary>
/// <remarks>The lexicon's derived tables come built (<see cref="ReaderTables"/>, kept between starts by a <see cref="ReaderTableSnapshot"/>) or are derived here.</remarks>
public sealed class QuestionUnderstanding
{
    private readonly SemanticCatalog catalog;
    private readonly IMetricRetriever? retriever;
    private readonly ConceptReader concepts;
    private readonly DescribedMetricChooser described;
    private readonly ExampleChooser examples;
    private readonly ReachableChoices reachable;
    private readonly QuestionScanner scanner;
    private readonly NamedMetricStages namedStages;
    private readonly DescribedMetricStages describedStages;
    private readonly QueryAssembly assembly;

    public QuestionUnderstanding(SemanticCatalog catalog, ReaderTables tables, ITimeResolver time, IMetricRetriever? retriever, IExampleSource? learnedExamples = null)
    {
        (this.catalog, this.retriever) = (catalog, retriever);
        var lexicon = tables.Lexicon;
        var chooser = new MetricChooser(catalog);
        var englishTypos = tables.EnglishTypos;
        var qualified = tables.Qualified;
        concepts = new ConceptReader(catalog, ConceptVocabulary.Default);
        var knownWords = new KnownEnglishWords(ConceptVocabulary.Default, tables.EnglishTypos.LatinTerms);
        var terms = new TermReader(tables.Lexicon, time, tables, new ChineseDimensionTypos(catalog, tables.Lexicon));
        described = new DescribedMetricChooser(catalog, new ConceptScorer(catalog, ConceptVocabulary.Default), ConceptVocabulary.Default);
        var shapes = new RuledOutShapes(catalog, ConceptVocabulary.Default);
        var definitionWords = new DefinitionWords(catalog, new NegatedVariants(catalog, ConceptVocabulary.Default));
        var coverage = new CoverageCheck(FillerWords.Default);
        examples = new ExampleChooser(catalog, tables.Lexicon, learnedExamples);
        var metricVariants = new MetricVariants(catalog);
        reachable = new ReachableChoices(catalog, tables.Lexicon);
        // "广深两地", "京津": cities by their short forms, written out before anything is read.
        var cityShortForms = new CityShortForms(catalog, tables.Lexicon);
        scanner = new QuestionScanner(catalog, lexicon, cityShortForms, terms, qualified, concepts, new PinyinHomophones(lexicon));
        namedStages = new NamedMetricStages(catalog, chooser, examples, concepts, described, shapes, definitionWords, englishTypos);
        describedStages = new DescribedMetricStages(chooser, examples, concepts, described, englishTypos, knownWords, coverage, retriever);
        assembly = new QueryAssembly(catalog, lexicon, terms, metricVariants, coverage);
    }

    public QuestionUnderstanding(SemanticCatalog catalog, CatalogLexicon lexicon, ITimeResolver time, IMetricRetriever? retriever, IExampleSource? learnedExamples = null)
        : this(catalog, ReaderTables.Build(lexicon), time, retriever, learnedExamples)
    {
    }

    public Task<UnderstandingResult> UnderstandAsync(string question, DateTime now, Func<string, bool>? allow, CancellationToken cancellationToken) =>
        UnderstandAsync(question, now, allow, null, cancellationToken);

    /// <summary>The same reading, with the time of each stage given to <paramref name="clock"/> (benchmarks).</summary>
    public async Task<UnderstandingResult> UnderstandAsync(string question, DateTime now, Func<string, bool>? allow, StageClock? clock, CancellationToken cancellationToken)
    {
        clock?.Start(UnderstandingStage.Time);
        try
        {
            var result = await ReadAsync(question, now, allow, clock, cancellationToken);
            // Choices that cannot answer what the question restricts or splits by are not offered; one left is the answer.
            if (result is not { Outcome: UnderstandingOutcome.Clarify, Alternatives.Count: > 1 }) return result;
            var reaching = reachable.Narrow(question, result.Alternatives);
            if (reaching.Count == result.Alternatives.Count) return result;
            return reaching.Count == 1 ? await ReadAsync(question, now, allow, clock, cancellationToken, reaching) : result with { Alternatives = reaching };
        }
        finally
        {
            clock?.Stop();
        }
    }

    /// <summary>
    /// The question read with its metrics chosen by the asker (a clarification answered by a click or in words), as an
    /// accepted example would decide them: every other part of the question is read as usual.
    /// </summary>
    public Task<UnderstandingResult> UnderstandChosenAsync(string question, IReadOnlyList<string> chosen, DateTime now, Func<string, bool>? allow, CancellationToken cancellationToken) =>
        ReadAsync(question, now, allow, null, cancellationToken, chosen);

    /// <summary>Which metric a reply to a clarification chooses among those it offered (<see cref="ClarificationReplies.ChosenBy"/>).</summary>
    public string? ChosenBy(string reply, UnderstandingResult understood, IReadOnlyList<string> offered) =>
        new ClarificationReplies(described, concepts).ChosenBy(reply, understood, offered);

    private async Task<UnderstandingResult> ReadAsync(string question, DateTime now, Func<string, bool>? allow, StageClock? clock, CancellationToken cancellationToken, IReadOnlyList<string>? chosen = null)
    {
        var scan = scanner.Read(question, now, clock);
        var (text, language, matches) = (scan.Text, scan.Language, scan.Matches);
        clock?.Enter(UnderstandingStage.Choice);
        // The question layer: an accepted example with this wording decides the metric; a typical question fills a blank.
        var exampleKey = examples.Key(text, scan.Timing.Mentions, scan.Scanned);
        var learned = chosen is { Count: > 0 } ? new MetricChoice(chosen, [], []) : examples.Learned(exampleKey);
        // "units sold by category, and also the inventory on hand": the metric is answered, the other clause named as not governed.
        IReadOnlyList<TermMatch> apart = learned is null ? UnsupportedApart(text, matches) : [];
        if (apart.Count > 0) matches = [.. matches.Except(apart)];
        if (learned is null && (matches.Any(m => m.Entries.Any(e => e.Kind == TermKind.Unsupported))
            || matches.Any(IsCondition) && !matches.Any(IsMetric)))
        {
            clock?.Enter(UnderstandingStage.Retrieval);
            // The catalog's owners' nearest for the word first ("PV" → visitors), then what retrieval finds.
            var curated = Allowed(matches.SelectMany(m => m.Entries).Where(e => e.Kind == TermKind.Unsupported).SelectMany(e => UnsupportedNearest(e.Id)), allow);
            var nearest = await NearestAsync(text, allow, cancellationToken);
            return UnderstandingResult.NotFound(language, [.. curated.Concat(nearest).Distinct(StringComparer.Ordinal)]);
        }
        var state = namedStages.Begin(scan, learned, exampleKey, apart, matches, allow, clock);
        return namedStages.Run(state, clock) ?? await describedStages.RunAsync(state, clock, cancellationToken) ?? assembly.Assemble(state, now, clock);
    }

    private async Task<IReadOnlyList<string>> NearestAsync(string text, Func<string, bool>? allow, CancellationToken cancellationToken) =>
        retriever is null ? [] : (await retriever.RetrieveAsync(text, 3, allow, cancellationToken)).Select(c => c.MetricId).Distinct().ToArray();

    /// <summary>The nearest metrics the glossary names for a word of a measure it does not have.</summary>
    private IEnumerable<string> UnsupportedNearest(string term) =>
        catalog.UnsupportedTerms.Where(u => u.Terms.Contains(term, StringComparer.Ordinal)).SelectMany(u => u.Nearest);

    private static IReadOnlyList<string> Allowed(IEnumerable<string> ids, Func<string, bool>? allow) => ChoiceState.Allowed(ids, allow);
}
