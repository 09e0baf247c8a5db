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
/// The metric choice from the catalog's names: names that are no metric asked, an unnamed question asked back, a form of
/// figure ruled out, a conversion between two named things, a measure the catalog lacks, definition words, and an unclear
/// word settled or asked back (<see cref="DescribedMetricStages"/> continues).
/// </summary>
internal sealed class NamedMetricStages(SemanticCatalog catalog, MetricChooser chooser, ExampleChooser examples, ConceptReader concepts,
    DescribedMetricChooser described, RuledOutShapes shapes, DefinitionWords definitionWords, EnglishTypoMatcher englishTypos)
{
    /// <summary>The working state of a question whose metric is not settled by retrieval alone: the names read, the first choice.</summary>
    public ChoiceState Begin(QuestionScan scan, MetricChoice? learned, string exampleKey, IReadOnlyList<TermMatch> apart, IReadOnlyList<TermMatch> matches,
        Func<string, bool>? allow, StageClock? clock)
    {
        var (text, blocked, periodAsked, periodEnd) = (scan.Text, scan.Blocked, scan.PeriodAsked, scan.PeriodEnd);
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
        var notices = scan.Said.Concat(choice.Notices).ToList();
        notices.AddRange(apart.Select(m => new NotInCatalog(text.Substring(m.Start, m.Length))));
        clock?.Enter(UnderstandingStage.Concepts);
        return new ChoiceState(scan, concepts, allow)
        {
            Learned = learned,
            ExampleKey = exampleKey,
            Apart = apart,
            Named = named,
            Choice = choice,
            Matches = matches,
            Metrics = metrics,
            Notices = notices,
            RowNames = rowNames,
            Reading = ChoiceState.Unnamed(named, TermReader.ReadConcepts(concepts, text, matches, blocked, periodAsked, periodEnd)),
        };
    }

    /// <summary>The stages in their order; a result when one ends the reading (not found or asked back), else null.</summary>
    public UnderstandingResult? Run(ChoiceState s, StageClock? clock)
    {
        var (text, learned, language, allow, choice, named, notices, rowNames) = (s.Text, s.Learned, s.Scan.Language, s.Allow, s.Choice, s.Named, s.Notices, s.RowNames);
        var (blocked, timing, periodEnd) = (s.Scan.Blocked, s.Scan.Timing, s.Scan.PeriodEnd);
        // "what percentage did we lose", "how many customers came through": no name, a question back among what it can mean.
        var unnamedAsk = learned is null && !s.Matches.Any(m => m.Entries.Any(e => e.Kind == TermKind.Metric))
            ? described.Loss.Decide(text, s.Whole()) is { Verdict: ConceptVerdict.Clarify } lost ? lost : described.Visiting.Decide(text, s.Whole())
            : ConceptDecision.None;
        if (unnamedAsk.Verdict == ConceptVerdict.Clarify) return UnderstandingResult.Clarify(language, unnamedAsk.Metrics);
        // "这周进来了多少人": people in general who came are the visitors, read as if named.
        if (unnamedAsk.Verdict == ConceptVerdict.Answer) s.Metrics = [unnamedAsk.Metrics[0]];
        // "去年毛利，不要金额，要百分比", "bookings, not the conversion, just how many": the form of figure ruled out is the named
        // metric's, so its subject is read again in the form asked; the words ruled out (a name among them) describe nothing asked.
        if (learned is null && s.Metrics.Count > 0 && shapes.Apply(text, s.Metrics, [.. s.Matches.Where(IsMetric).SelectMany(m => m.Entries.Where(e => e.Kind == TermKind.Metric)
            .Select(e => (e.Id, new TextSpan(m.Start, m.Length))))], s.Whole()) is { } reshaped)
        {
            bool RuledOut(TextSpan span) => reshaped.RuledOut.Any(r => span.Start >= r.Start && span.End <= r.End);
            var reformed = reshaped.Keep ? null
                : described.Describe(reshaped.Reading) is { Verdict: ConceptVerdict.Answer, Metrics: [var reread] } && shapes.Fits(reread, reshaped) ? reread
                : reshaped.Fitting is [var fitting] ? fitting : null;
            // Kept, the metrics named outside the words ruled out stay ("bookings, skip the conversion rate, just the number").
            if ((reformed is not null ? [reformed] : reshaped.Keep ? reshaped.Fitting : null) is { } kept)
            {
                s.Metrics = [.. kept];
                notices.RemoveAll(n => n is OfficialChosen o && !s.Metrics.Contains(o.MetricId));
                rowNames.AddRange(s.Matches.Where(m => IsMetric(m) && RuledOut(new TextSpan(m.Start, m.Length))));
                s.Matches = [.. s.Matches.Except(rowNames)];
                // The words ruled out are read ("skip", "dollar"), though they describe nothing asked.
                var read = reshaped.RuledOut.Select(r => new ConceptMention(r, text.Substring(r.Start, r.Length), []));
                s.Replace(new ConceptReading([.. s.Reading.Mentions.Where(m => !RuledOut(m.Span)).Concat(read).OrderBy(m => m.Span.Start)]), reshaped.Reading);
            }
        }
        // "converting visitors into buyers": the share over the first of the second's kind, never both named answered side by side.
        if (learned is null && s.Metrics.Count is 1 or 2 && described.Converted.Decide(text, [.. s.Metrics.Select(id => s.Matches.FirstOrDefault(m => IsMetric(m) && m.Entries.Any(e => e.Id == id)))
                .OfType<TermMatch>().Select(m => (m.Entries.First(e => s.Metrics.Contains(e.Id)).Id, new TextSpan(m.Start, m.Length)))], s.Whole()) is { } converted)
            s.Metrics = [converted];
        // "how many shoppers came back to buy again", "房租花了多少": a measure the catalog lacks, never the nearest one answered.
        if (learned is null && (described.Ungoverned.Find(s.Whole(), s.Metrics, s.Matches.Any(IsMetric)) ?? UnreadHead(text, blocked, s.Scan.Rest, timing, periodEnd, [.. s.Matches, .. rowNames], s.Whole(), s.Metrics)) is { } lacking)
        {
            // "金卡会员的人均消费，顺便看看复购率": asked apart from a named metric, it is named as not in the catalog beside the answer.
            if (s.Metrics.Count > 0 && UngovernedMeasure.InOwnClause(text, lacking.Span, s.Matches.Where(IsMetric).Select(m => new TextSpan(m.Start, m.Length))))
                notices.Add(new NotInCatalog(lacking.Words));
            else
                return new UnderstandingResult(UnderstandingOutcome.NotFound, language, null, ChoiceState.Allowed(lacking.Nearest, allow), [new NotUnderstood(lacking.Words)]);
        }
        clock?.Enter(UnderstandingStage.Choice);
        var definitions = definitionWords.Apply(text, s.Matches, s.Metrics, notices, learned is not null, (left, ruledOut) => DescribedAmongLeft.Pick(left, s.Whole(), [.. ruledOut, .. s.Matches.Where(m => m.Entries.Count > 0).Select(m => new TextSpan(m.Start, m.Length))], described.Scorer));
        if (definitions.Clarify is { } variants) return UnderstandingResult.Clarify(language, variants, new AmbiguousWord());
        (s.Matches, var negated, var owned, var difference) = (definitions.Matches, definitions.Negated, definitions.Owned, definitions.Difference);
        (s.Negated, s.Owned, s.Difference, s.Departments) = (negated, owned, difference, definitions.Departments);
        // "orders last month, not the paid ones": what a ruled-out definition's words describe is not asked ("paid" asks for no paid orders).
        if (learned is null && negated.Count > 0)
        {
            ConceptReading Without(ConceptReading read) => new([.. read.Mentions.Select(m => negated.Any(n => m.Span.Start >= n.Span.Start && m.Span.End <= n.Span.End) ? m with { Concepts = [] } : m)]);
            s.Replace(Without(s.Reading), Without(s.Whole()));
        }
        clock?.Enter(UnderstandingStage.Concepts);
        // "订单转化", "order conversion": an unclear word right after a named metric is what is asked; the name says of what.
        if (learned is null && s.Metrics.Count > 0 && choice.Ambiguous.Count > 1 && HeadAfterMetric(text, s.Matches)) s.Metrics.Clear();
        // "how many customers paid for orders": the unclear word counted before the names is asked; the names say what they did.
        else if (learned is null && s.Metrics.Count > 0 && choice.Ambiguous.Count > 1 && !ListedWithMetric(text, s.Matches)
            && s.Matches.FirstOrDefault(m => m.Entries.Any(e => e.Kind == TermKind.AmbiguousMetric)) is { } unclearWord
            && described.Heads.PeopleCountedBefore(new TextSpan(unclearWord.Start, unclearWord.Length), [.. s.Matches.Where(m => m.Entries.Any(e => e.Kind == TermKind.Metric)).Select(m => new TextSpan(m.Start, m.Length))], s.Whole()))
            s.Metrics.Clear();
        // The choices of an ambiguous word are returned whole: whether the asker may see them is the caller's to judge.
        if (s.Metrics.Count == 0 && choice.Ambiguous.Count > 1)
        {
            // "客户数，不是新增那个，也不是累计那个": meanings ruled out one by one leave the others, and describe nothing asked.
            // ("neither the new members nor …": a meaning named only to be ruled out is taken out with the names, MetricNameRoles.)
            var (meanings, ruledOutMeanings) = (choice.Ambiguous, new RuledOutMeanings(described.Scorer, concepts.Vocabulary));
            if (learned is null && ruledOutMeanings.Apply(text, meanings, s.Reading) is { } left)
            {
                (meanings, var leftReading, var leftWhole) = (left.Left, left.Reading, ruledOutMeanings.Apply(text, meanings, s.Whole())?.Reading ?? s.Whole());
                s.Replace(leftReading, leftWhole);
            }
            if (meanings.Except(named.RuledOut).ToList() is { Count: > 0 } unnamed) meanings = unnamed;
            // "订单金额，没付款的也算进去": a meaning whose filters leave out what is counted in is not meant.
            if (learned is null && meanings.Where(id => described.Included.Keeps(id, s.Whole())).ToList() is { Count: > 0 } keeping) meanings = keeping;
            // The asked quantity first (money, or events counted), then the rest of the question settling the word.
            if (meanings.Count == 1) s.Metrics.Add(meanings[0]);
            else if (described.Reask(meanings, s.Reading, s.Whole) is { Verdict: not ConceptVerdict.None } quantity)
            {
                if (s.Stop(quantity) is { } stopQuantity) return stopQuantity;
                s.Metrics.Add(quantity.Metrics[0]);
            }
            else if (described.Settle(meanings, s.Reading.Concepts) is { } settled) s.Metrics.Add(settled);
            else if (!described.SaysOtherSubject(meanings, s.Reading.Concepts)) return UnderstandingResult.Clarify(language, meanings, new AmbiguousWord());
            // "预约的客户有多少买了": the word says who is asked about; the whole question, the word included, is the description.
            else s.Reading = s.Whole();
        }
        else if (learned is null && s.Metrics.Count > 0 && choice.Ambiguous.Count > 1 && ListedWithMetric(text, s.Matches))
        {
            // "上月华南区的客户数和GMV": the unclear word is a second metric asked for; settled by the rest, or asked back.
            if (described.Settle(choice.Ambiguous, s.Reading.Concepts) is not { } settled) return UnderstandingResult.Clarify(language, choice.Ambiguous, new AmbiguousWord());
            if (!s.Metrics.Contains(settled)) s.Metrics.Add(settled);
        }
        return null;
    }

    /// <summary>
    /// "跳出率", "bounce rate", "IT costs": a rate or cost of words no reader took, unless those words are a catalog name typed with a
    /// slip ("conversoin rate"), which the typo matcher reads later.
    /// </summary>
    private UngovernedAsk? UnreadHead(string text, bool[] blocked, string rest, TimeResolution timing, IReadOnlyList<PeriodEndWords.Mention> periodEnd, IReadOnlyList<TermMatch> matches, ConceptReading whole, IReadOnlyList<string> metrics)
    {
        var read = QuestionSpans.Consumed(timing, periodEnd, [], rest, text).Select(c => new TextSpan(c.Start, c.Length));
        if (described.Ungoverned.FindUnread(text, whole, metrics, [.. matches.Select(m => new TextSpan(m.Start, m.Length))], read) is not { } unread) return null;
        return englishTypos.Find(text, blocked) is { } typo && typo.Start < unread.Span.End && unread.Span.Start < typo.End ? null : unread;
    }
}
