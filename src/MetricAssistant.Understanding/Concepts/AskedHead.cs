using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// The quantity a description asks for, which heads its reading (<see cref="DescribedMetricChooser.Describe"/>): money, a
/// count of a thing, events, or a thing named alone. Under a head the metrics read among are those of that quantity, and the
/// question's other concepts only qualify it.
/// </summary>
public sealed class AskedHead(SemanticCatalog catalog, ConceptScorer scorer, ConceptVocabulary vocabulary, CatalogSignatureFacts facts)
{
    private readonly CloseReadings readings = new(catalog, scorer, vocabulary, facts);

    /// <summary>
    /// The metrics to read among under the head the reading asks for (narrowing <paramref name="among"/>), whether there is
    /// one, and the answer when the head alone settles it.
    /// </summary>
    public (bool Headed, Func<string, bool>? Among, ConceptDecision? Answer) Narrow(ConceptReading reading, Func<string, bool>? among)
    {
        var headed = false;
        // The quantity asked for is the head: a question for money ("退还给客人的钱") is read among the metrics of
        // money, the other concepts (customers) only qualify it; an amount per person only when it asks "per" or "average".
        // A bare "有多少" / "how many" counts nothing in particular: beside money it asks how much ("退回去的钱有多少").
        if (reading.Has(ConceptVocabulary.Money) && !reading.Has(ConceptVocabulary.Ratio)
            && !CountedHeads(reading).Any(h => h.Concept == ConceptVocabulary.Count))
        {
            var perUnit = reading.Has(ConceptVocabulary.Per) || reading.Has(ConceptVocabulary.Average);
            var before = among;
            among = id => (before is null || before(id)) && scorer.ConceptsOf(id)?.Contains(ConceptVocabulary.Money) == true
                && (perUnit || catalog.Signatures.For(id)?.Shape != SignatureShape.AveragePer);
            headed = true;
        }
        // A count with what is counted ("多少单", "how many pieces") is read among the counts (or sums of units) of
        // that thing: "一共" does not make it a running total of members, and the other concepts only qualify it.
        if (!reading.Has(ConceptVocabulary.Ratio) && !reading.Has(ConceptVocabulary.Money) && CountedHeads(reading).FirstOrDefault(h => h.Concept == ConceptVocabulary.Count) is { Span.Length: > 0 } counted
            && reading.Mentions.Where(m => m.Span.Start >= counted.Span.Start && m.Span.End <= counted.Span.End).SelectMany(m => m.Concepts)
                .Where(c => c != ConceptVocabulary.Count).ToHashSet(StringComparer.Ordinal) is { Count: > 0 } things)
        {
            // "上周预约了多少人": people counted by what they did; a count of that event (appointments) is a reading too, unless a
            // count of people says all they did ("多少人付款下单": paying customers, whose orders were placed before paid).
            // "多少客人预约了来门店", "how many customers booked a visit": the event is a booking, and the people only say who
            // booked; the bookings are counted (the metric counting them, read from the signatures), not the people.
            if (things.All(IsPeople) && Booked(reading) is { Count: > 0 } booked)
                things = booked;
            else if (things.SetEquals([ConceptVocabulary.People]) && !PeopleSayAll(reading))
                things.UnionWith(reading.Concepts.Where(c => facts.Subjects.Contains(c) && c != ConceptVocabulary.Money && !ConceptVocabulary.Shapes.Contains(c)));
            // "客人下了多少单": orders are counted, whoever placed them; a count of people is no count of a thing that is not people.
            var peopleCounted = things.Any(IsPeople) || !things.Any(t => facts.Counted.Contains(t));
            // "how many unique shoppers paid for an order": people counted are no count of the orders they paid for.
            var onlyPeople = things.Any(IsPeople) && !things.Any(t => facts.Counted.Contains(t) && !IsPeople(t));
            var before = among;
            among = id => (before is null || before(id)) && scorer.ConceptsOf(id) is { } c
                && c.Overlaps(things) && (c.Contains(ConceptVocabulary.Count) || things.Contains(ConceptVocabulary.Quantity) && c.Contains(ConceptVocabulary.Quantity))
                && (peopleCounted || !c.Contains(ConceptVocabulary.People)) && (!onlyPeople || c.Contains(ConceptVocabulary.People));
            headed = true;
        }
        // "付了多少次款", "how many times did customers pay": events are counted, whoever did them; people only say who.
        if (!headed && reading.Has(ConceptVocabulary.Times) && !reading.Has(ConceptVocabulary.Ratio) && !reading.Has(ConceptVocabulary.Money))
        {
            var before = among;
            among = id => (before is null || before(id)) && catalog.Signatures.For(id)?.Shape == SignatureShape.Count
                && scorer.ConceptsOf(id) is { } c && !c.Contains(ConceptVocabulary.People);
            headed = true;
        }
        // "近7天的单子", "last week's orders": one word naming a thing and nothing else (no quantity, state or shape) asks how many of it.
        if (!headed && among is null && !reading.Has(ConceptVocabulary.Money) && !reading.Has(ConceptVocabulary.Quantity) && !reading.Has(ConceptVocabulary.Times)
            && reading.Mentions.Count(m => !m.Negated && m.Concepts.Count > 0) == 1 && reading.Concepts.Count > 0 && reading.Concepts.All(c => facts.Subjects.Contains(c))
            && reading.Concepts.ToHashSet(StringComparer.Ordinal) is var subjects)
        {
            among = id => catalog.Signatures.For(id)?.Shape is SignatureShape.Count or SignatureShape.DistinctCount
                && scorer.ConceptsOf(id) is { } c && c.Overlaps(subjects);
            headed = scorer.Any(among);
            if (!headed) among = null;
            // ... and with no state said, the plain count of it: orders placed, not orders paid.
            else if (readings.Plain(reading, [.. scorer.Rank(reading.Concepts, among, sharing: true, limit: DescribedMetricChooser.MaxChoices + 1)
                .Select(r => r.MetricId).Where(id => scorer.ConceptsOf(id) is { } c && subjects.All(c.Contains))]) is { } plainCount)
                return (true, among, ConceptDecision.Answer(plainCount));
        }
        return (headed, among, null);
    }

    /// <summary>
    /// What a counted head counts: people when every word it counts is a word for people ("how many shoppers", 几个人),
    /// else the head's own quantity (a count, units).
    /// </summary>
    public string Counts((string Concept, TextSpan Span) head, ConceptReading reading) =>
        head.Concept == ConceptVocabulary.Count
        && reading.Mentions.Where(m => m.Span.Start >= head.Span.Start && m.Span.End <= head.Span.End).SelectMany(m => m.Concepts)
            .Where(c => c != ConceptVocabulary.Count).ToList() is { Count: > 0 } things && things.All(IsPeople)
            ? ConceptVocabulary.People : head.Concept;

    /// <summary>
    /// Whether an unclear word for people is itself counted before the metrics named ("how many customers paid for orders",
    /// 多少客户下了单): the people are asked, and the names only say what they did.
    /// </summary>
    public bool PeopleCountedBefore(TextSpan unclear, IReadOnlyList<TextSpan> names, ConceptReading whole) =>
        names.Count > 0 && names.All(n => n.Start >= unclear.End)
        && CountedHeads(whole).Any(h => h.Span.Start < unclear.End && h.Span.End > unclear.Start && Counts(h, whole) == ConceptVocabulary.People);

    /// <summary>Whether a published count of people has every thing and state the question says, and says nothing more that defines it.</summary>
    private bool PeopleSayAll(ConceptReading reading)
    {
        var said = reading.Concepts.Where(c => facts.Subjects.Contains(c) && c != ConceptVocabulary.Money && c != MetricSignature.Placed
            && !ConceptVocabulary.Shapes.Contains(c) && !IsPeople(c)).ToList();
        return said.Count > 0 && scorer.Any(id => catalog.Signatures.For(id) is { Shape: SignatureShape.Count or SignatureShape.DistinctCount } s
            && catalog.FindMetric(id) is { IsPublished: true } && scorer.ConceptsOf(id) is { } c && c.Contains(ConceptVocabulary.People)
            && said.All(c.Contains) && s.Defining.Select(vocabulary.ConceptOf).All(reading.Has));
    }

    private bool IsPeople(string concept) => vocabulary.IsPeople(concept);

    /// <summary>
    /// "下过单的有多少人", "下了单的有几个人": a count word followed by a word for people counts the people; the thing before it is
    /// what they did, not what is counted.
    /// </summary>
    private bool PeopleAfter(IReadOnlyList<ConceptMention> mentions, int count) =>
        count + 1 < mentions.Count && mentions[count + 1] is { } next && next.Span.Start - mentions[count].Span.End is >= 0 and <= 1
        && next.Concepts.Count > 0 && next.Concepts.All(IsPeople);

    /// <summary>
    /// The booking concepts said (those that hold an event: an appointment is of a visit) when nothing else the catalog defines
    /// its counts by is said (a purchase after it: "约了到店的人里最后买了东西的" asks for buyers) and no published count of
    /// people has everything said; else none.
    /// </summary>
    private HashSet<string> Booked(ConceptReading reading)
    {
        var booked = reading.Concepts.Where(vocabulary.Holds.ContainsKey).ToHashSet(StringComparer.Ordinal);
        if (booked.Count == 0 || PeopleSayAll(reading)) return [];
        var held = booked.SelectMany(b => vocabulary.Holds[b]).ToHashSet(StringComparer.Ordinal);
        var others = reading.Concepts.Where(c => !booked.Contains(c) && !held.Contains(c) && !IsPeople(c) && !ConceptVocabulary.Shapes.Contains(c)
            && (facts.Subjects.Contains(c) || facts.AnyStates.Contains(c) || c == ConceptVocabulary.Money));
        return others.Any() ? [] : booked;
    }

    /// <summary>
    /// The quantities a question asks for by counting, with where: a count with what is counted ("多少单", "how many
    /// people", or a count word just before a thing the catalog counts: "number of orders", "多少个订单") and units
    /// ("多少件"). A bare "有多少" / "how much" counts nothing in particular and asks for no quantity.
    /// </summary>
    public IEnumerable<(string Concept, TextSpan Span)> CountedHeads(ConceptReading reading)
    {
        var subjects = facts.Subjects;
        var mentions = reading.Mentions.OrderBy(m => m.Span.Start).ToList();
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Concepts.Contains(ConceptVocabulary.Quantity)) yield return (ConceptVocabulary.Quantity, m.Span);
            // "单子多少", "会员有多少": the thing counted may come first, the bare count word right after it.
            // Money is an amount ("钱有多少" asks how much) and 人均 a per-unit word, neither a thing counted.
            if (!m.Concepts.Contains(ConceptVocabulary.Money) && !m.Concepts.Any(ConceptVocabulary.Shapes.Contains) && m.Concepts.Any(subjects.Contains) && i + 1 < mentions.Count && mentions[i + 1] is { } after
                && after.Concepts is [ConceptVocabulary.Count] && after.Span.Start - m.Span.End is >= 0 and <= 1 && !PeopleAfter(mentions, i + 1))
                yield return (ConceptVocabulary.Count, new TextSpan(m.Span.Start, after.Span.End - m.Span.Start));
            if (!m.Concepts.Contains(ConceptVocabulary.Count)) continue;
            if (m.Concepts.Any(subjects.Contains)) yield return (ConceptVocabulary.Count, m.Span);
            // The thing counted may follow the count word, at most a space or measure word away.
            else if (i + 1 < mentions.Count && mentions[i + 1] is { } next && next.Span.Start - m.Span.End is >= 0 and <= 1 && next.Concepts.Any(subjects.Contains))
                yield return (ConceptVocabulary.Count, new TextSpan(m.Span.Start, next.Span.End - m.Span.Start));
        }
    }
}
