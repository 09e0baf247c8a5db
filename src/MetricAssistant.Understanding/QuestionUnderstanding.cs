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
public sealed class QuestionUnderstanding(SemanticCatalog catalog, ReaderTables tables, ITimeResolver time, IMetricRetriever? retriever, IExampleSource? learnedExamples = null)
{
    private static readonly string[] HeadlineMetrics = ["gmv", "order_count", "aov", "visitors", "conversion_rate"];
    private readonly CatalogLexicon lexicon = tables.Lexicon;
    private readonly MetricChooser chooser = new(catalog);
    private readonly EnglishTypoMatcher englishTypos = tables.EnglishTypos;
    private readonly QualifiedTerms qualified = tables.Qualified;
    private readonly ConceptReader concepts = new(catalog, ConceptVocabulary.Default);
    private readonly KnownEnglishWords knownWords = new(ConceptVocabulary.Default, tables.EnglishTypos.LatinTerms);
    private readonly TermReader terms = new(tables.Lexicon, time, tables, new ChineseDimensionTypos(catalog, tables.Lexicon));
    private readonly DescribedMetricChooser described = new(catalog, new ConceptScorer(catalog, ConceptVocabulary.Default), ConceptVocabulary.Default);
    private readonly RuledOutShapes shapes = new(catalog, ConceptVocabulary.Default);
    private readonly DefinitionWords definitionWords = new(catalog, new NegatedVariants(catalog, ConceptVocabulary.Default));
    private readonly CoverageCheck coverage = new(FillerWords.Default);
    private readonly ExampleChooser examples = new(catalog, tables.Lexicon, learnedExamples);
    private readonly MetricVariants metricVariants = new(catalog);
    private readonly ReachableChoices reachable = new(catalog, tables.Lexicon);
    // "广深两地", "京津": cities by their short forms, written out before anything is read.
    private readonly CityShortForms cityShortForms = new(catalog, tables.Lexicon);

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
        // "预约后14天内的购买转化率": a conversion metric's window, never a time range; taken out so the metric's name is whole.
        // "…, need it for the weekly sync", "周会要用": what the figure is for is no part of the question ("weekly" is no grain).
        var (conversionWindow, text, windowMeant) = ConversionWindowWords.Read(AsideWords.Blank(cityShortForms.Read(QuestionText.Of(question))), catalog, lexicon);
        var language = LanguageDetector.Of(text);
        // "上个月末": the end word is read on its own, the period by the time reader as usual.
        var periodEnd = PeriodEndWords.Find(text);
        // "按v2口径", "GMV (version 2)": a version's digits are never a time, a top N or part of a term.
        var versionWords = VersionPinWords.Find(text);
        var (timing, timeTerms) = terms.ReadTime(VersionPinWords.Blank(PeriodEndWords.Blank(text, periodEnd), versionWords), now);
        periodEnd = terms.InMetricNames(text, periodEnd, timing, versionWords);
        // "上个月一共进账多少" is the month's sum; "现在一共", "上个月底一共多少会员", "截至6月一共" a running total at a point.
        var periodAsked = timing.Range is not null && periodEnd.Count == 0;
        var blocked = new bool[text.Length];
        // "月初至今的GMV" is a metric's own name: its time words still give the period, and are left to the name.
        foreach (var mention in timing.Mentions.Where(t => !timeTerms.Any(m => IsMetric(m) && m.Start <= t.Start && t.Start + t.Length <= m.End && m.Length > t.Length)))
            Array.Fill(blocked, true, mention.Start, Math.Min(mention.Length, text.Length - mention.Start));
        foreach (var word in periodEnd) Array.Fill(blocked, true, word.Start, word.Length);
        foreach (var word in versionWords) Array.Fill(blocked, true, word.Start, word.Length);
        clock?.Enter(UnderstandingStage.Terms);

        // "the company-standard definition": "standard" qualifies the definition; it is no store type.
        var scanned = terms.WithoutWordStarts(text, StandardDefinitionWords.Without(text, LexiconScanner.Scan(lexicon, text, TermReader.WithoutDataWord(text, blocked))), blocked, concepts);
        var joined = qualified.Join(text, scanned, blocked);
        clock?.Enter(UnderstandingStage.Typos);
        var matches = terms.FixTypos(text, joined, blocked, concepts);
        // "unpaid orders included": rows no metric counts, counted in, are a state read by the concept reader, not the measure asked.
        matches = CountedInUnsupported.Without(text, matches, concepts.Vocabulary);
        clock?.Enter(UnderstandingStage.Choice);
        // The question layer: an accepted example with this wording decides the metric; a typical question fills a blank.
        var exampleKey = examples.Key(text, timing.Mentions, scanned);
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
        // "下雨天的GMV": GMV is asked; the condition is left unconsumed, so the answer names it as not taken into account.
        matches = [.. matches.Where(m => !IsCondition(m))];
        // Names that are no metric asked: rows another covers, either way, the thing a booking holds.
        var named = new MetricNameRoles(catalog, concepts, described.Scorer, text, blocked);
        var beforeRoles = matches;
        matches = named.Asked(matches, periodAsked, periodEnd, learned is not null);
        // "gross profit from offline sales": a name read as the rows of another was read, though no metric asked.
        var rowNames = beforeRoles.Except(matches).ToList();
        var choice = learned ?? examples.OrTypical(exampleKey, chooser.Choose(matches));
        var metrics = choice.Metrics.ToList();
        var notices = choice.Notices.ToList();
        notices.AddRange(apart.Select(m => new NotInCatalog(text.Substring(m.Start, m.Length))));
        clock?.Enter(UnderstandingStage.Concepts);
        // A lone name ruled out ("skip the paid orders, …") is read, its words describing nothing asked.
        ConceptReading Unnamed(ConceptReading read) => named.RuledOutNames.Count == 0 ? read
            : new([.. read.Mentions.Select(m => named.RuledOutNames.Any(n => m.Span.Start >= n.Start && m.Span.End <= n.End) ? m with { Concepts = [] } : m)]);
        var reading = Unnamed(TermReader.ReadConcepts(concepts, text, matches, blocked, periodAsked, periodEnd));
        // The question read whole, names' words included: once, when a step first asks for it (matches are final by then).
        ConceptReading? whole = null;
        ConceptReading Whole() => whole ??= Unnamed(TermReader.ReadConcepts(concepts, text, matches.Where(m => !IsMetric(m)).ToList(), blocked, periodAsked, periodEnd));
        // A decision that is no answer ends the reading: not found with its nearest (those the asker may see), or asked back.
        UnderstandingResult? Stop(ConceptDecision decision) => decision.Verdict switch
        {
            ConceptVerdict.NotFound => UnderstandingResult.NotFound(language, Allowed(decision.Metrics, allow)),
            ConceptVerdict.Clarify => UnderstandingResult.Clarify(language, decision.Metrics),
            _ => null,
        };
        // "what percentage did we lose", "how many customers came through": no name, a question back among what it can mean.
        var unnamedAsk = learned is null && !matches.Any(m => m.Entries.Any(e => e.Kind == TermKind.Metric))
            ? described.Loss.Decide(text, Whole()) is { Verdict: ConceptVerdict.Clarify } lost ? lost : described.Visiting.Decide(text, Whole())
            : ConceptDecision.None;
        if (unnamedAsk.Verdict == ConceptVerdict.Clarify) return UnderstandingResult.Clarify(language, unnamedAsk.Metrics);
        // "去年毛利，不要金额，要百分比", "bookings, not the conversion, just how many": the form of figure ruled out is the named
        // metric's, so its subject is read again in the form asked; the words ruled out (a name among them) describe nothing asked.
        if (learned is null && metrics.Count > 0 && shapes.Apply(text, metrics, [.. matches.Where(IsMetric).SelectMany(m => m.Entries.Where(e => e.Kind == TermKind.Metric)
            .Select(e => (e.Id, new TextSpan(m.Start, m.Length))))], Whole()) is { } reshaped)
        {
            bool RuledOut(TextSpan span) => reshaped.RuledOut.Any(r => span.Start >= r.Start && span.End <= r.End);
            var reformed = reshaped.Keep ? null
                : described.Describe(reshaped.Reading) is { Verdict: ConceptVerdict.Answer, Metrics: [var reread] } && shapes.Fits(reread, reshaped) ? reread
                : reshaped.Fitting is [var fitting] ? fitting : null;
            // Kept, the metrics named outside the words ruled out stay ("bookings, skip the conversion rate, just the number").
            if ((reformed is not null ? [reformed] : reshaped.Keep ? reshaped.Fitting : null) is { } kept)
            {
                metrics = [.. kept];
                notices.RemoveAll(n => n is OfficialChosen o && !metrics.Contains(o.MetricId));
                rowNames.AddRange(matches.Where(m => IsMetric(m) && RuledOut(new TextSpan(m.Start, m.Length))));
                matches = [.. matches.Except(rowNames)];
                // The words ruled out are read ("skip", "dollar"), though they describe nothing asked.
                var read = reshaped.RuledOut.Select(r => new ConceptMention(r, text.Substring(r.Start, r.Length), []));
                (reading, whole) = (new ConceptReading([.. reading.Mentions.Where(m => !RuledOut(m.Span)).Concat(read).OrderBy(m => m.Span.Start)]), reshaped.Reading);
            }
        }
        // "converting visitors into buyers": the share over the first of the second's kind, never both named answered side by side.
        if (learned is null && metrics.Count is 1 or 2 && described.Converted.Decide(text, [.. metrics.Select(id => matches.FirstOrDefault(m => IsMetric(m) && m.Entries.Any(e => e.Id == id)))
                .OfType<TermMatch>().Select(m => (m.Entries.First(e => metrics.Contains(e.Id)).Id, new TextSpan(m.Start, m.Length)))], Whole()) is { } converted)
            metrics = [converted];
        // "how many shoppers came back to buy again", "房租花了多少": a measure the catalog lacks, never the nearest one answered.
        if (learned is null && (described.Ungoverned.Find(Whole(), metrics, matches.Any(IsMetric)) ?? UnreadHead(text, blocked, timing, periodEnd, [.. matches, .. rowNames], Whole(), metrics)) is { } lacking)
        {
            // "金卡会员的人均消费，顺便看看复购率": asked apart from a named metric, it is named as not in the catalog beside the answer.
            if (metrics.Count > 0 && UngovernedMeasure.InOwnClause(text, lacking.Span, matches.Where(IsMetric).Select(m => new TextSpan(m.Start, m.Length))))
                notices.Add(new NotInCatalog(lacking.Words));
            else
                return new UnderstandingResult(UnderstandingOutcome.NotFound, language, null, Allowed(lacking.Nearest, allow), [new NotUnderstood(lacking.Words)]);
        }
        clock?.Enter(UnderstandingStage.Choice);
        var definitions = definitionWords.Apply(text, matches, metrics, notices, learned is not null);
        if (definitions.Clarify is { } variants) return UnderstandingResult.Clarify(language, variants, new AmbiguousWord());
        (matches, var negated, var owned, var difference) = (definitions.Matches, definitions.Negated, definitions.Owned, definitions.Difference);
        // "orders last month, not the paid ones": what a ruled-out definition's words describe is not asked ("paid" asks for no paid orders).
        if (learned is null && negated.Count > 0)
        {
            ConceptReading Without(ConceptReading read) => new([.. read.Mentions.Select(m => negated.Any(n => m.Span.Start >= n.Span.Start && m.Span.End <= n.Span.End) ? m with { Concepts = [] } : m)]);
            (reading, whole) = (Without(reading), Without(Whole()));
        }
        clock?.Enter(UnderstandingStage.Concepts);
        // "订单转化", "order conversion": an unclear word right after a named metric is what is asked; the name says of what.
        if (learned is null && metrics.Count > 0 && choice.Ambiguous.Count > 1 && HeadAfterMetric(text, matches)) metrics.Clear();
        // "how many customers paid for orders": the unclear word counted before the names is asked; the names say what they did.
        else if (learned is null && metrics.Count > 0 && choice.Ambiguous.Count > 1 && !ListedWithMetric(text, matches)
            && matches.FirstOrDefault(m => m.Entries.Any(e => e.Kind == TermKind.AmbiguousMetric)) is { } unclearWord
            && described.Heads.PeopleCountedBefore(new TextSpan(unclearWord.Start, unclearWord.Length), [.. matches.Where(m => m.Entries.Any(e => e.Kind == TermKind.Metric)).Select(m => new TextSpan(m.Start, m.Length))], Whole()))
            metrics.Clear();
        // The choices of an ambiguous word are returned whole: whether the asker may see them is the caller's to judge.
        if (metrics.Count == 0 && choice.Ambiguous.Count > 1)
        {
            // "客户数，不是新增那个，也不是累计那个": meanings ruled out one by one leave the others, and describe nothing asked.
            // ("neither the new members nor …": a meaning named only to be ruled out is taken out with the names, MetricNameRoles.)
            var (meanings, ruledOutMeanings) = (choice.Ambiguous, new RuledOutMeanings(described.Scorer, concepts.Vocabulary));
            if (learned is null && ruledOutMeanings.Apply(text, meanings, reading) is { } left)
                (meanings, reading, whole) = (left.Left, left.Reading, ruledOutMeanings.Apply(text, meanings, Whole())?.Reading ?? Whole());
            if (meanings.Except(named.RuledOut).ToList() is { Count: > 0 } unnamed) meanings = unnamed;
            // "订单金额，没付款的也算进去": a meaning whose filters leave out what is counted in is not meant.
            if (learned is null && meanings.Where(id => described.Included.Keeps(id, Whole())).ToList() is { Count: > 0 } keeping) meanings = keeping;
            // The asked quantity first (money, or events counted), then the rest of the question settling the word.
            if (meanings.Count == 1) metrics.Add(meanings[0]);
            else if (described.Reask(meanings, reading, Whole) is { Verdict: not ConceptVerdict.None } quantity)
            {
                if (Stop(quantity) is { } stopQuantity) return stopQuantity;
                metrics.Add(quantity.Metrics[0]);
            }
            else if (described.Settle(meanings, reading.Concepts) is { } settled) metrics.Add(settled);
            else if (!described.SaysOtherSubject(meanings, reading.Concepts)) return UnderstandingResult.Clarify(language, meanings, new AmbiguousWord());
            // "预约的客户有多少买了": the word says who is asked about; the whole question, the word included, is the description.
            else reading = Whole();
        }
        else if (learned is null && metrics.Count > 0 && choice.Ambiguous.Count > 1 && ListedWithMetric(text, matches))
        {
            // "上月华南区的客户数和GMV": the unclear word is a second metric asked for; settled by the rest, or asked back.
            if (described.Settle(choice.Ambiguous, reading.Concepts) is not { } settled) return UnderstandingResult.Clarify(language, choice.Ambiguous, new AmbiguousWord());
            if (!metrics.Contains(settled)) metrics.Add(settled);
        }
        clock?.Enter(UnderstandingStage.Typos);

        var fuzzyMatch = metrics.Count == 0 ? englishTypos.Find(text, blocked) : null;
        // "how's membership looking": a word spelt right is the word it is, never a metric name typed wrong ("booking").
        if (fuzzyMatch is not null && knownWords.SpeltRight(fuzzyMatch)) fuzzyMatch = null;
        // "ended in a sale": a word inside a longer phrase the concept reader took is that phrase's, never a mistyped name.
        if (fuzzyMatch is not null && (named.Held(fuzzyMatch) || reading.Mentions.Any(m => m.Span.Start <= fuzzyMatch.Start
            && fuzzyMatch.Start + fuzzyMatch.Length <= m.Span.End && m.Span.Length > fuzzyMatch.Length))) fuzzyMatch = null;
        clock?.Enter(UnderstandingStage.Choice);
        if (fuzzyMatch is not null)
        {
            var fuzzy = chooser.Choose([fuzzyMatch]);
            // "customer" typed for "customers": an unclear word, settled by the rest of the question as when typed right.
            if (fuzzy.Ambiguous.Count > 1)
            {
                if (described.Settle(fuzzy.Ambiguous, reading.Concepts) is { } settledTypo) metrics.Add(settledTypo);
                else if (!described.SaysOtherSubject(fuzzy.Ambiguous, reading.Concepts)) return UnderstandingResult.Clarify(language, fuzzy.Ambiguous, new AmbiguousWord());
            }
            else metrics.AddRange(fuzzy.Metrics);
            notices.AddRange(fuzzy.Notices);
        }
        clock?.Enter(UnderstandingStage.Concepts);
        if (learned is null && described.Redecide(metrics, reading, [.. matches.Where(IsMetric).Select(m => new TextSpan(m.Start, m.Length))], Whole,
                asNamed: negated.Count == 0 && owned.Count == 0 && difference is null && metrics.All(id => matches.Any(m => m.Entries.Any(e => e.Kind == TermKind.Metric && e.Id == id)))) is { Verdict: not ConceptVerdict.None } asked)
        {
            if (Stop(asked) is { } stopAsked) return stopAsked;
            metrics = [asked.Metrics[0]];
        }
        else if (learned is null && described.Names.Qualify(metrics, reading) is { Verdict: not ConceptVerdict.None } qualified)
        {
            if (Stop(qualified) is { } stopQualified) return stopQualified;
            metrics = [qualified.Metrics[0]];
        }
        // A variant ruled out by the question is not named by its words ("not the one net of coupons").
        if (learned is null && negated.Count == 0 && described.Names.Variant(metrics, reading) is { } variantNamed) metrics = [variantNamed];
        if (learned is null && metrics.Count > 0 && described.Names.Refine(metrics, reading, ConversionWindowWords.Says(text)) is { } ratio)
            metrics = [.. ratio];
        else if (learned is null && described.RatioOfNamed(metrics, reading, Whole) is { } describedRatio)
            metrics = [describedRatio];
        // "How are we tracking this month?": performance in general is a choice among the headline metrics.
        if (metrics.Count == 0 && reading.Has(ConceptVocabulary.Performance) && reading.Concepts.All(c => c == ConceptVocabulary.Performance || ConceptVocabulary.Shapes.Contains(c)))
            return UnderstandingResult.Clarify(language, Allowed(HeadlineMetrics, allow), new NoMetricNamed());
        // "每单平均几件", "orders per visitor": an amount per unit is the governed ratio of what is asked over the unit, or none.
        if (learned is null && described.PerUnit.Decide(metrics, Whole(), reading) is { Verdict: not ConceptVerdict.None } unitAsked)
        {
            if (Stop(unitAsked) is { } stopUnitAsked) return stopUnitAsked;
            metrics = [unitAsked.Metrics[0]];
        }
        // "上周付款情况", "how did payments go": a state no metric is named by, asked about in general: one metric per thing measured in it.
        if (learned is null && metrics.Count == 0 && described.Overview.DecideUnnamed(text, Whole()) is { Verdict: ConceptVerdict.Clarify } state)
            return UnderstandingResult.Clarify(language, state.Metrics);
        if (metrics.Count == 0 && described.Describe(WhyDetector.Asks(text) ? TermReader.ReadConcepts(concepts, text, matches, WhyDetector.Blocking(text, blocked), periodAsked, periodEnd) : reading, nothingElse: reading.Concepts.All(c => ConceptVocabulary.Shapes.Contains(c) || c == OverviewQuestion.Overview) && coverage.Leftovers(text, QuestionSpans.ReadSoFar(timing, periodEnd, matches, reading)).Count == 0, endAsked: periodEnd.Count > 0, windowSaid: ConversionWindowWords.Says(text)) is { Verdict: not ConceptVerdict.None } description)
        {
            if (Stop(description) is { } stopDescription) return stopDescription;
            metrics.Add(description.Metrics[0]);
        }
        // "上季度会员有多少": a running total named only by what it counts, over a period, may be the period's additions too
        // (unless the additions are ruled out: "会员，新增的不要").
        if (learned is null && metrics.Count == 1 && negated.Count == 0 && !Whole().Mentions.Any(m => m.Negated) && described.RunningTotal.Decide(text, metrics[0], Whole(), matches.FirstOrDefault(m => m.Entries.Any(e => e.Id == metrics[0]))?.Text, periodAsked) is { Verdict: ConceptVerdict.Clarify } runningOrAdded)
            return UnderstandingResult.Clarify(language, Allowed(runningOrAdded.Metrics, allow));
        // "退款情况", "refund figures", "how did bookings do": a bare subject asked about in general is asked back among its metrics.
        // "which channel is doing best on refunds": best or worst judges the subject's plain amount, never asked back.
        // Time expressions are blanked out first, so "上季度" is not read as a quarterly trend nor "3月" as a top 3.
        var rest = new string(text.Select((c, i) => blocked[i] ? ' ' : c).ToArray());
        // "top line" is GMV's name: a ranking word inside a metric's name ranks nothing.
        var ranking = RankingDetector.Detect(Blanked(rest, matches.Where(IsMetric)));
        var judged = ranking is { End: RankingEnd.Best or RankingEnd.Worst };
        if (learned is null && metrics.Count == 1 && described.Overview.Decide(metrics[0], Whole(), matches.FirstOrDefault(m => m.Entries.Any(e => e.Id == metrics[0]))?.Text, judged) is { Verdict: not ConceptVerdict.None } overview)
        {
            if (overview.Verdict == ConceptVerdict.Clarify) return UnderstandingResult.Clarify(language, overview.Metrics);
            metrics = [overview.Metrics[0]];
        }
        // "取消的也算", "没付款的也要算进去": a metric whose filters leave out a state counted in is not the reading.
        if (learned is null && described.Included.Decide(metrics, Whole()) is { Verdict: not ConceptVerdict.None } widened)
        {
            if (Stop(widened) is { } stopWidened) return stopWidened;
            metrics = [widened.Metrics[0]];
        }
        // "没付款的订单有多少": a state said not to have happened, other than one the metric leaves out, is no governed measure.
        if (learned is null && metrics.Count > 0 && described.Negated.Decide(metrics, Whole()) is { Verdict: ConceptVerdict.NotFound } unhappened)
            return UnderstandingResult.NotFound(language, Allowed(unhappened.Metrics, allow));
        clock?.Enter(UnderstandingStage.Choice);
        // A wording close to a known example is evidence for its metric: offered as a choice rather than refused or guessed.
        if (metrics.Count == 0 && Allowed(examples.Near(exampleKey), allow) is { Count: > 0 } near)
            return UnderstandingResult.Clarify(language, near);
        if (metrics.Count == 0 && retriever is not null)
        {
            clock?.Enter(UnderstandingStage.Retrieval);
            var candidates = await retriever.RetrieveAsync(text, 5, allow, cancellationToken);
            clock?.Enter(UnderstandingStage.Choice);
            // Catalog words that name no metric: asked back among the headline metrics; else the nearest, not found.
            return matches.Any(m => m.Entries.All(e => e.Kind != TermKind.Metric))
                ? UnderstandingResult.Clarify(language, Allowed(HeadlineMetrics, allow), new NoMetricNamed())
                : UnderstandingResult.NotFound(language, candidates.Select(c => c.MetricId).Distinct().Take(3).ToArray());
        }
        if (metrics.Count == 0)
        {
            return matches.Count > 0
                ? UnderstandingResult.Clarify(language, Allowed(HeadlineMetrics, allow), new NoMetricNamed())
                : UnderstandingResult.NotFound(language, []);
        }

        // "卖得最火的品类，按件数算", "sales by channel, by value": the words of how it is measured pick units or money.
        if (learned is null && described.MeasuredIn.Apply(text, metrics) is { } measured) metrics = [.. measured];

        // "年初的GMV", "这阵子天猫的订单数": a period is meant but not said; asked back rather than a default window.
        if (timing.Range is null && VaguePeriodWords.Find(text) is { } vague)
            return UnderstandingResult.Clarify(language, [], new VaguePeriod(vague, [.. metrics]));

        clock?.Enter(UnderstandingStage.Typos);
        var sliceTerms = terms.SliceTerms(text, matches, fuzzyMatch, blocked);
        clock?.Enter(UnderstandingStage.Choice);
        var defining = sliceTerms.Where(t => DefiningWords.Describes(catalog, catalog.Metrics[metrics[0]], t)).ToList();
        sliceTerms = [.. sliceTerms.Select(t => defining.Contains(t) ? DefiningWords.Remainder(t, text, ranking is not null) : t).OfType<TermMatch>()];
        // "门店加线上": values of related dimensions joined are one set before any comparison of them is read.
        var slices = ValueComparison.Apply(text, sliceTerms, RelatedValues.Apply(text, sliceTerms, SliceParser.Parse(text, sliceTerms, ranking is not null), catalog), lexicon);
        slices = KindOfDimension.Apply(text, sliceTerms, slices, catalog, lexicon, ranking is not null);
        // The period asked, its grain and what it is compared with, the metric's own window when none is named.
        var period = AskedPeriod.Read(catalog, text, rest, matches, timing, reading, metrics, now);
        if (period.DefaultWindow is { } window) notices.Add(new DefaultWindowUsed(window));
        var (range, grain, compare, explain) = (period.Range, period.Grain, period.Compare, period.Explain);

        // "近7天滚动GMV": the catalog's rolling metric; "GMV YTD" the plain one over the period to date; "期末在岗人数" at the end.
        var variant = metricVariants.Read(text, metrics, trend: grain is not null, periodNamed: timing.Range is not null);
        if (variant.Cumulative is not null) notices.RemoveAll(n => n is OfficialChosen o && o.MetricId == metrics[0]);
        metrics = [.. variant.Metrics];
        // "appointment conversion within 14 days": the window asks for the conversion metric over the ratio's rows.
        if (windowMeant is { } meant && metrics.Contains(meant.Ratio, StringComparer.Ordinal) && (allow?.Invoke(meant.Conversion) ?? true))
            metrics = [.. metrics.Select(id => id == meant.Ratio ? meant.Conversion : id)];

        IReadOnlyList<QueryOrder> order = [];
        int? limit = null;
        if (slices.GroupBy.Count > 0 && grain is null)
        {
            order = [new QueryOrder(metrics[0], ranking?.DescFor(catalog.Metrics[metrics[0]].Better) ?? true)];
            limit = ranking?.Limit;
        }
        var at = variant.AtPeriodEnd ? ValueAt.PeriodEnd : ValueAtEndRule.Asked(catalog, metrics, periodEnd, notices);
        var metricTerms = matches.Append(fuzzyMatch).OfType<TermMatch>().Where(IsMetric)
            .Select(m => new VersionPinWords.MetricTerm(m.Start, m.End, [.. m.Entries.Select(e => e.Id)])).ToArray();
        var pins = VersionPinWords.Attach(text, versionWords, metricTerms, metrics);
        // Nothing is dropped silently: a meaningful part no step took is named in the answer.
        var consumed = QuestionSpans.Consumed(timing, periodEnd, matches.Append(fuzzyMatch).Concat(sliceTerms).OfType<TermMatch>(), rest, text)
            .Concat(reading.Consumed.Concat(negated.Select(n => n.Span)).Concat(owned.Select(o => o.Span)).Concat(definitions.Departments).Concat(defining.Select(d => new TextSpan(d.Start, d.Length))).Select(c => new ConsumedSpan(c.Start, c.Length, SpanKind.Concept)))
            .Concat(pins.Select(p => new ConsumedSpan(p.Words.Start, p.Words.Length, SpanKind.Version)))
            .Concat(difference is { } d ? [new ConsumedSpan(d.Start, d.Length, SpanKind.Metric)] : [])
            .Concat(apart.Select(m => new ConsumedSpan(m.Start, m.Length, SpanKind.Metric)))
            .Concat(rowNames.Select(m => new ConsumedSpan(m.Start, m.Length, SpanKind.Metric)))
            .Concat(variant.Cumulative?.Words.Select(w => new ConsumedSpan(w.Start, w.Length, SpanKind.Metric)) ?? [])
            .Concat(period.Versus is { } versus ? [new ConsumedSpan(versus.Start, versus.Length, SpanKind.Comparison)] : []);
        // "purchase rate for Q1" answered as a count of buyers: a rate asked of a metric that is none, with no split to take
        // shares across, is a different figure; not found, the metric offered, rather than a confident count.
        if (learned is null && slices.GroupBy.Count == 0 && compare is null && !reading.Has(MetricSignature.Growth)
            && reading.Mentions.FirstOrDefault(m => m.Concepts.Contains(ConceptVocabulary.Ratio)) is { } rate
            && metrics.All(id => catalog.Signatures.For(id)?.Shape is not (SignatureShape.Share or SignatureShape.AveragePer or SignatureShape.Derived)))
            return new UnderstandingResult(UnderstandingOutcome.NotFound, language, null, metrics, [new NotUnderstood(rate.Text)]);
        var leftovers = coverage.Leftovers(text, consumed);
        if (learned is null && QuantityChange.Find(text, leftovers) is { } changer)
            return new UnderstandingResult(UnderstandingOutcome.NotFound, language, null, metrics, [new NotUnderstood(changer)]);
        notices.AddRange(leftovers.Select(word => new NotUnderstood(word)));
        // "6月跟3月比": a base the query cannot compare with; "GMV跟那个比": a comparison word attached to nothing. Named, never dropped.
        if (compare is null && UnattachedComparison(text, matches, period.Versus, slices, metrics, grain) is { } unattached && !leftovers.Contains(unattached))
            notices.Add(new NotUnderstood(unattached));
        var conversionAsked = metrics.Any(id => catalog.FindMetric(id)?.Calculation.Type == MetricType.Conversion);
        if (conversionWindow is not null && !conversionAsked) notices.Add(new NotUnderstood(conversionWindow.ToString()));
        var query = new SemanticQuery(metrics, slices.GroupBy, slices.Filters, range, grain, order, limit, compare, null, at, explain,
            pins.Count == 0 ? null : [.. pins.Select(p => p.Pin)],
            conversionAsked ? conversionWindow : null);
        return new UnderstandingResult(UnderstandingOutcome.Query, language, query, [], notices) { Ranking = order.Count > 0 ? ranking?.End : null };
    }

    /// <summary>
    /// "跳出率", "bounce rate", "IT costs": a rate or cost of words no reader took, unless those words are a catalog name typed with a
    /// slip ("conversoin rate"), which the typo matcher reads later.
    /// </summary>
    private UngovernedAsk? UnreadHead(string text, bool[] blocked, TimeResolution timing, IReadOnlyList<PeriodEndWords.Mention> periodEnd, IReadOnlyList<TermMatch> matches, ConceptReading whole, IReadOnlyList<string> metrics)
    {
        var rest = new string(text.Select((c, i) => blocked[i] ? ' ' : c).ToArray());
        var read = QuestionSpans.Consumed(timing, periodEnd, [], rest, text).Select(c => new TextSpan(c.Start, c.Length));
        if (described.Ungoverned.FindUnread(text, whole, metrics, [.. matches.Select(m => new TextSpan(m.Start, m.Length))], read) is not { } unread) return null;
        return englishTypos.Find(text, blocked) is { } typo && typo.Start < unread.Span.End && unread.Span.Start < typo.End ? null : unread;
    }

    private static string? UnattachedComparison(string text, IReadOnlyList<TermMatch> matches, PeriodVersusPeriod.Contrast? versus, SliceParser.Slices slices,
        IReadOnlyList<string> metrics, TimeGrain? grain)
    {
        if (versus is not null) return text.Substring(versus.Start, versus.Length).Trim();
        if (slices.GroupBy.Count > 0 || metrics.Count > 1 || grain is not null) return null;
        return DanglingComparison.Find(Blanked(text, matches.Where(IsMetric)));
    }

    private static string Blanked(string text, IEnumerable<TermMatch> spans)
    {
        var chars = text.ToCharArray();
        foreach (var span in spans) Array.Fill(chars, ' ', span.Start, Math.Min(span.Length, chars.Length - span.Start));
        return new string(chars);
    }

    private async Task<IReadOnlyList<string>> NearestAsync(string text, Func<string, bool>? allow, CancellationToken cancellationToken) =>
        retriever is null ? [] : (await retriever.RetrieveAsync(text, 3, allow, cancellationToken)).Select(c => c.MetricId).Distinct().ToArray();

    /// <summary>The nearest metrics the glossary names for a word of a measure it does not have.</summary>
    private IEnumerable<string> UnsupportedNearest(string term) =>
        catalog.UnsupportedTerms.Where(u => u.Terms.Contains(term, StringComparer.Ordinal)).SelectMany(u => u.Nearest);

    private static IReadOnlyList<string> Allowed(IEnumerable<string> ids, Func<string, bool>? allow) =>
        ids.Where(id => allow is null || allow(id)).ToArray();
}
