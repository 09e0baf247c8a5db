using MetricAssistant.Catalog.Model;
using static MetricAssistant.Understanding.Concepts.DescribedMetricChooser;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// Rule 3 of <see cref="DescribedMetricChooser"/>: a question that names no metric, read by what it describes. A strong match
/// clearly ahead of the next answers; two close, or a weak best, is a clarification with the nearest.
/// </summary>
internal sealed class DescriptionDecision(SemanticCatalog catalog, ConceptScorer scorer, ConceptVocabulary vocabulary, CatalogSignatureFacts facts)
{
    private readonly ForeignConcepts foreign = new(catalog, scorer, vocabulary, facts);

    private readonly CloseReadings readings = new(catalog, scorer, vocabulary, facts);

    private readonly AskedHead heads = new(catalog, scorer, vocabulary, facts);

    private readonly PeopleInState inState = new(catalog, scorer, vocabulary, facts);

    /// <summary>The quantity a question asks for (money, a count of a thing, people), on the same scores.</summary>
    public AskedHead Heads => heads;

    /// <summary>Rule 3: a question that names no metric, read by what it describes.</summary>
    /// <param name="nothingElse">The question says nothing this reading and the other readers did not take: only then is a
    /// bare rate word ("the rate last week") a near miss among the rates; "click-through rate" names a rate the catalog lacks.</param>
    /// <param name="endAsked">The question asks for a period's end (月末, "at the end of"): only then is a snapshot of the end the plain reading.</param>
    /// <param name="windowSaid">The question says a window ("7天内", "within 14 days"): a conversion's window is said.</param>
    public ConceptDecision Describe(ConceptReading reading, bool nothingElse = false, bool endAsked = false, bool windowSaid = false)
    {
        var decision = Read(reading, nothingElse, endAsked, windowSaid);
        return endAsked && decision.Verdict == ConceptVerdict.Clarify && StandingAtEnd(reading, decision.Metrics) is { } standing
            ? ConceptDecision.Answer(standing)
            : decision;
    }

    /// <summary>
    /// "到上个月底会员攒了多少", "how big was the member club at the end of May": a thing that accumulates, asked at a period's end,
    /// is the one running total among the choices, standing then, not what was added over the period; a question saying
    /// anything only another choice has (新, "new") keeps its question back.
    /// </summary>
    private string? StandingAtEnd(ConceptReading reading, IReadOnlyList<string> choices)
    {
        if (choices.Count < 2 || choices.Where(id => catalog.Signatures.For(id)?.Shape == SignatureShape.Cumulative).ToList() is not [var standing]
            || scorer.ConceptsOf(standing) is not { } held) return null;
        return reading.Concepts.All(c => held.Contains(c) || !choices.Any(o => scorer.ConceptsOf(o)?.Contains(c) == true)) ? standing : null;
    }

    private ConceptDecision Read(ConceptReading reading, bool nothingElse, bool endAsked, bool windowSaid)
    {
        // "what did the rate look like": asking about something in general says nothing of which quantity it is.
        bool Saying(string c) => ConceptVocabulary.Shapes.Contains(c) || c == OverviewQuestion.Overview;
        // "what's the average for last month": an average and nothing of what it averages is a near miss among the averages.
        if (nothingElse && !reading.Has(ConceptVocabulary.Ratio) && (reading.Has(ConceptVocabulary.Average) || reading.Has(ConceptVocabulary.Per))
            && reading.Concepts.All(ConceptVocabulary.Shapes.Contains))
            return ConceptDecision.Clarify(scorer.Rank(reading.Concepts, catalog.Signatures.All.Where(s => s.Shape is SignatureShape.AveragePer or SignatureShape.PeriodAverage
                && catalog.FindMetric(s.MetricId) is { IsPublished: true }).Select(s => s.MetricId), sharing: true, limit: MaxChoices)
                .Select(r => r.MetricId).ToArray());
        // "How many" alone says nothing about what is counted.
        // Nor does "一共" / "overall" alone say what is totalled: only a shape, no subject, describes nothing (a rate word aside).
        if (reading.Concepts.All(c => c == ConceptVocabulary.Count)
            || !reading.Has(ConceptVocabulary.Ratio) && reading.Concepts.All(ConceptVocabulary.Shapes.Contains)) return ConceptDecision.None;
        // "会员里有多少人付了款": people named by a noun whose own counts lack the state said are those in it (PeopleInState).
        if (inState.Decide(reading, heads) is { Verdict: not ConceptVerdict.None } peopleInState) return peopleInState;
        // A share is asked for by what it is a share of: only the ratios whose own part the question
        // describes ("取消的占多少"), so an "attrition rate" the catalog lacks is not offered any rate.
        // The metrics read among are kept by what their profiles say (concepts, shape), so the scorer asks once per profile
        // (ConceptScorer.Rank with a filter): a large catalog where many metrics share one profile is not walked metric by metric.
        Func<string, bool>? among = reading.Has(ConceptVocabulary.Ratio)
            ? id => catalog.Signatures.For(id)?.Shape == SignatureShape.Share && scorer.NumeratorOnly(id).Overlaps(reading.Concepts)
            : null;
        // "the rate last week", "最近30天的比率": a rate and nothing of what it is a rate of is a near miss among the rates.
        if (among is not null && !scorer.Any(among) && nothingElse && reading.Concepts.All(Saying))
            return ConceptDecision.Clarify(scorer.Rank(reading.Concepts, catalog.Signatures.All.Where(s => s.Shape == SignatureShape.Share
                && catalog.FindMetric(s.MetricId) is { IsPublished: true, Calculation.Type: not MetricType.Derived }).Select(s => s.MetricId), sharing: true, limit: MaxChoices)
                .Select(r => r.MetricId).ToArray());
        // The quantity asked for is the head (money, a count of a thing, events, a thing named alone): see AskedHead.
        var (headed, headAmong, headAnswer) = heads.Narrow(reading, among);
        if (headAnswer is not null) return headAnswer;
        among = headAmong;
        if (among is not null && !scorer.Any(among)) return ConceptDecision.None;
        // Under a head, a concept none of its metrics has only says who or what it is about ("money customers paid
        // us": customers pay, they are not what is summed): it is no evidence against any of them.
        var concepts = headed
            ? reading.Concepts.Where(c => scorer.Any(id => among!(id) && scorer.ConceptsOf(id)?.Contains(c) == true)).ToHashSet(StringComparer.Ordinal)
            : reading.Concepts;
        // The decision reads the best few only: one past the choices tells whether the best stands clear.
        var ranked = scorer.Rank(concepts, among, sharing: true, limit: MaxChoices + 1);
        if (ranked.Count == 0) return ConceptDecision.None;
        var best = ranked[0];
        if (headed && foreign.Judge(reading, concepts, ranked) is { Verdict: not ConceptVerdict.None } other) return other;
        // A near miss: the question asks for a quantity the catalog has, too weakly to choose: the nearest, asked.
        if (best.Score < Plausible)
        {
            var nearest = readings.WithFamilies(readings.WithoutUnaskedShapes(ranked.Take(MaxChoices).Select(r => r.MetricId).ToList(), reading.Concepts));
            // "上个月的利润多少", "how much did we make after cost of goods": the one reading there is, saying everything the
            // question says, is the answer; a question back with a single choice would only ask the asker to agree.
            return nearest is [var only] && reading.Concepts.Any(c => !ConceptVocabulary.Shapes.Contains(c))
                && scorer.ConceptsOf(only) is { } covers && reading.Concepts.All(c => covers.Contains(c) || c == ConceptVocabulary.Count)
                ? ConceptDecision.Answer(only)
                : ConceptDecision.Clarify(nearest);
        }
        // "约了到店的人里最后买了东西的比例": a conversion whose start or window the question does not say (appointments, within
        // 7 days) is no answer; the best close reading saying all it needs answers in its place, or the question is asked back.
        var origins = windowSaid ? reading.Concepts.Append(MetricSignature.Window).ToHashSet(StringComparer.Ordinal) : reading.Concepts;
        if (scorer.MissesOrigin(best.MetricId, origins))
        {
            // "预约的客户中买了的比例": only the window unsaid, the company's ratio over the same rows answers when it is close.
            if (!scorer.MissesOrigin(best.MetricId, origins.Append(MetricSignature.Window).ToHashSet(StringComparer.Ordinal))
                && ConversionRatios.PlainRatioOf(best.MetricId, catalog) is { } company && ranked.Any(r => r.MetricId == company && r.Score >= Plausible))
                return ConceptDecision.Answer(company);
            var said = ranked.Where(r => !scorer.MissesOrigin(r.MetricId, origins)).ToList();
            if (readings.Explaining(reading, [.. said.Select(r => r.MetricId)]) is [var explaining]) return ConceptDecision.Answer(explaining);
            return said.Count > 0 && said[0].Score >= Plausible && best.Score - said[0].Score < Strong && (said.Count == 1 || said[0].Score - said[1].Score >= Margin)
                ? ConceptDecision.Answer(said[0].MetricId)
                : ConceptDecision.Clarify(readings.WithoutUnaskedShapes([.. ranked.Take(MaxChoices).Select(r => r.MetricId)], reading.Concepts));
        }
        // "约了到店服务的人里买了东西的比例": a best reading leaving a specific thing said unexplained (an appointment is no visit)
        // gives way to the one close reading explaining all of them. A count of a thing asked ("多少顾客掏钱买过东西") keeps its head.
        if (readings.Explaining(reading, [best.MetricId]).Count == 0 && !heads.CountedHeads(reading).Any(h => h.Concept == ConceptVocabulary.Count)
            && readings.Explaining(reading, [.. ranked.Where(r => r.Score >= Plausible && best.Score - r.Score < Strong).Select(r => r.MetricId)]) is [var fuller])
            return ConceptDecision.Answer(fuller);
        // "how many cancellations": how many of a thing, whose best reading is a share of it, is a count the catalog does not
        // govern: asked back between the share and the count of its base, never the share answered for a count.
        if (reading.Has(ConceptVocabulary.Count) && !reading.Has(ConceptVocabulary.Ratio) && !reading.Has(ConceptVocabulary.Per)
            && catalog.Signatures.For(best.MetricId)?.Shape == SignatureShape.Share && scorer.Base(best.MetricId) is { Count: > 0 } of)
            return ConceptDecision.Clarify([best.MetricId, .. scorer.Having(of)
                .Where(id => catalog.Signatures.For(id)?.Shape is SignatureShape.Count or SignatureShape.DistinctCount)
                .OrderBy(id => scorer.ConceptsOf(id)!.Count).ThenByDescending(id => catalog.FindMetric(id)?.Official == true).ThenBy(id => id, StringComparer.Ordinal).Take(1)]);
        if (best.Score >= Strong && (ranked.Count == 1 || best.Score - ranked[1].Score >= Margin) && !vocabulary.OnlyGeneral(reading.Concepts))
            return ConceptDecision.Answer(best.MetricId);
        var close = ranked.TakeWhile(r => best.Score - r.Score < Strong).Take(MaxChoices).Select(r => r.MetricId).ToList();
        // A question that names no state ("有多少单") asks for the plain count of the thing: among close readings, the
        // one whose rows are counted as they are created (its only state is its own event: orders placed) answers.
        if (best.Score >= Strong && readings.Plain(reading, close) is { } plain) return ConceptDecision.Answer(plain);
        // "平均每个月有多少员工在岗": an average asked of snapshots is the one close reading that averages them over time,
        // not the one taking a period's last snapshot.
        if (reading.Has(ConceptVocabulary.Average) && close.Count >= 2
            && close.Where(id => catalog.FindMetric(id) is { } m && Parsing.OwnAverage.AveragesOverTime(catalog, m)).ToList() is [var averaged])
            return ConceptDecision.Answer(averaged);
        // "上季度店里的员工有多少人": over a period, people on the books are the period's average; the snapshot at its
        // end answers only when the end is asked for.
        if (!endAsked && close.Count >= 2
            && close.Where(id => catalog.FindMetric(id) is { } m && Parsing.OwnAverage.AveragesOverTime(catalog, m)).ToList() is [var overTime]
            && close.All(id => id == overTime || catalog.FindMetric(id) is { } m && Parsing.OwnAverage.TakesSnapshot(catalog, m)))
            return ConceptDecision.Answer(overTime);
        // "约了的人里最后买了东西的比例": of close readings, the one explaining every specific thing the question says answers;
        // the others leave one unexplained (an appointment is no visitor). General words (people) tell none of them apart.
        if (close.Count >= 2 && readings.Explaining(reading, close) is [var explains]) return ConceptDecision.Answer(explains);
        if (close.Count < 2) close = ranked.Take(MaxChoices).Select(r => r.MetricId).ToList();
        close = readings.WithoutUnaskedShapes(close, reading.Concepts);
        // "上个月有好多人买了东西": a count starting from an event the question does not say (buyers after an appointment) is no
        // reading of it, nor offered beside one that is (its window alone unsaid, it still is: "预约后买了的人").
        var started = origins.Append(MetricSignature.Window).ToHashSet(StringComparer.Ordinal);
        if (close.Where(id => !scorer.MissesOrigin(id, started)).ToList() is { Count: > 0 } fromSaid && fromSaid.Count < close.Count) close = fromSaid;
        return close.Count == 1 && close[0] == best.MetricId && best.Score >= Plausible
            ? ConceptDecision.Answer(best.MetricId)
            : ConceptDecision.Clarify(close);
    }
}
