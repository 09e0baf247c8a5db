using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// Reads a question into concepts, longest phrase first: the vocabulary's phrases, and the catalog's own
/// identifier words (a model "bookings" is read wherever a question says "bookings"), so a new catalog is
/// understood by description without new entries. Latin phrases match whole words only.
/// </summary>
public sealed class ConceptReader
{
    private readonly Dictionary<string, string[]> phrases;
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly int maxLength;
    private readonly HashSet<string> excludedBefore, excludedAfter, includedBefore, includedAfter, fillers, subjects, states;
    private readonly string[] negatedBefore;
    private readonly Dictionary<char, string[]> firstCharacters = [];

    /// <summary>How many characters (spaces and fillers aside) may stand between an exclusion word and what it governs ("取消的单不算").</summary>
    private const int ExclusionGap = 2;

    /// <summary>How many characters may stand between a booking and the visit it is of ("约了几个人来店": 个 aside, "to").</summary>
    private const int HeldGap = 3;

    /// <summary>The same before the booking word, where English puts a verb between ("visits that were scheduled").</summary>
    private const int HeldGapBefore = 8;

    /// <summary>The longest booking word looked for inside a blocked name ("appointments").</summary>
    private const int HeldNameLength = 16;

    private readonly QuotientSides quotients;

    private readonly FormulaWords formula;

    public ConceptReader(SemanticCatalog catalog, ConceptVocabulary vocabulary)
    {
        Vocabulary = vocabulary;
        phrases = new Dictionary<string, string[]>(vocabulary.Phrases, StringComparer.Ordinal);
        // Every signature's words, its parts' included, each once in their first order (what SelectMany(s => s.Words)
        // .Distinct() gave, without an array of words made for each of a large catalog's signatures).
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var signature in catalog.Signatures.All) Read(signature);
        // Exclusion words are read too, carrying no concept: they take the phrase they govern out of the question.
        foreach (var word in vocabulary.ExcludedBefore.Concat(vocabulary.ExcludedAfter).Concat(vocabulary.IncludedBefore).Concat(vocabulary.IncludedAfter)) phrases.TryAdd(word, []);
        // "最近几天", "how long ago": a time's words, read whole so that no duration is read inside them.
        foreach (var word in vocabulary.TimeWords) phrases.TryAdd(word, []);
        excludedBefore = vocabulary.ExcludedBefore.ToHashSet(StringComparer.Ordinal);
        excludedAfter = vocabulary.ExcludedAfter.ToHashSet(StringComparer.Ordinal);
        // Inclusion words take their phrase out of the question as exclusion words do, remembering what they count in.
        includedBefore = vocabulary.IncludedBefore.ToHashSet(StringComparer.Ordinal);
        includedAfter = vocabulary.IncludedAfter.ToHashSet(StringComparer.Ordinal);
        excludedBefore.UnionWith(includedBefore);
        excludedAfter.UnionWith(includedAfter);
        fillers = vocabulary.Fillers.ToHashSet(StringComparer.Ordinal);
        // Longest first: "没有" before "没".
        negatedBefore = [.. vocabulary.NegatedBefore.OrderByDescending(w => w.Length)];
        // What can be counted: the catalog's subjects (orders, appointments) and the kinds of people (members, staff).
        subjects = catalog.Signatures.All.SelectMany(s => s.Subjects).Select(vocabulary.ConceptOf).Concat(vocabulary.Broader.Keys)
            .Where(c => c != ConceptVocabulary.Money).ToHashSet(StringComparer.Ordinal);
        // A state a metric filters on (paid) is also a subject when a column is named for it (paid_amount); said before the rows, it is their state.
        states = catalog.Signatures.All.SelectMany(s => s.States).Select(vocabulary.ConceptOf).ToHashSet(StringComparer.Ordinal);
        quotients = new QuotientSides(catalog, vocabulary, subjects);
        formula = new FormulaWords(vocabulary.Formula);
        // What a phrase's first character says when every phrase starting with it says the same (付 → paid, 取 → cancelled).
        foreach (var group in vocabulary.Phrases.Where(p => p.Key.Length > 1 && TextNormalizer.IsCjk(p.Key[0]) && p.Value.Length > 0).GroupBy(p => p.Key[0]))
        {
            var shared = group.Select(p => (IEnumerable<string>)p.Value).Aggregate((a, b) => a.Intersect(b, StringComparer.Ordinal)).ToArray();
            if (shared.Length > 0) firstCharacters[group.Key] = shared;
        }
        maxLength = phrases.Keys.Max(k => k.Length);
        lookup = phrases.GetAlternateLookup<ReadOnlySpan<char>>();

        void Read(MetricSignature signature)
        {
            ReadOnlySpan<IReadOnlyList<string>> own = [signature.Subjects, signature.States, signature.Declared];
            foreach (var words in own)
                foreach (var word in words)
                    if (seen.Add(word)) Add(word);
            if (signature.Numerator is { } numerator) Read(numerator);
            if (signature.Denominator is { } denominator) Read(denominator);
        }

        void Add(string word)
        {
            if (word.Length < 3 || !word.All(char.IsAsciiLetter)) return;
            var concept = vocabulary.ConceptOf(word);
            phrases.TryAdd(word, [concept]);
            phrases.TryAdd(word + "s", [concept]);
        }
    }

    public ConceptVocabulary Vocabulary { get; }

    /// <summary>
    /// The concepts of <paramref name="text"/> (normalised), outside the <paramref name="blocked"/> characters
    /// (times, catalog terms). A "per" word right before a dimension (每个渠道, "per region") is a split, not a ratio, and is left alone.
    /// </summary>
    /// <param name="periodAsked">The question names a period: "一共" / "in total" is then the period's total, not a running total.</param>
    /// <param name="namedEnds">Where the names of metrics end: a quantity word right after one ("customer 数量", 订单的个数) is how many.</param>
    /// <param name="names">The metrics named, where: a side of "A divided by B" may be a name ("sales divided by staff").</param>
    public ConceptReading Read(string text, bool[] blocked, IReadOnlySet<int>? dimensionStarts = null, bool periodAsked = false, IReadOnlySet<int>? namedEnds = null,
        IReadOnlyList<(TextSpan Span, string MetricId)>? names = null)
    {
        var mentions = new List<ConceptMention>();
        var i = 0;
        while (i < text.Length)
        {
            if (blocked[i] || text[i] == ' ' || (IsLatin(text[i]) && i > 0 && IsLatin(text[i - 1])))
            {
                i++;
                continue;
            }
            if (EitherWay(text, i, blocked) is { } either)
            {
                mentions.Add(either);
                i = either.Span.End;
                continue;
            }
            var length = LongestAt(text, i, blocked);
            if (length == 0)
            {
                i++;
                continue;
            }
            // "多少支付订单": 支 begins 支付 (paid), it is no measure word of pieces (多少支) there; a count word ending in a
            // character that starts a longer phrase leaves that character to it.
            if (length > 1 && lookup[text.AsSpan(i, length)] is [ConceptVocabulary.Quantity] && LongestAt(text, i + length - 1, blocked) > 1)
            {
                i += length - 1;
                continue;
            }
            var concepts = Totals(lookup[text.AsSpan(i, length)], periodAsked);
            if (!(dimensionStarts is not null && concepts.Length > 0 && concepts.All(c => c is ConceptVocabulary.Per or ConceptVocabulary.Average) && dimensionStarts.Contains(NextWord(text, i + length))))
                mentions.Add(new ConceptMention(new TextSpan(i, length), text.Substring(i, length), concepts));
            // "per store employee", "每个门店员工": the dimension word says whose the people after it are; the per word reaches them.
            else if (PeopleAfterWord(text, NextWord(text, i + length), blocked) is { } people)
                mentions.Add(new ConceptMention(new TextSpan(i, people - i), text[i..people], concepts));
            i += length;
        }
        // Before anything else reads the mentions: a rate over a round number replaces the per word it holds ("for each 100 yuan").
        formula.Read(text, mentions, blocked, names ?? []);
        if (mentions.Count == 0) return ConceptReading.Empty;
        CountedSubjects(text, mentions);
        if (namedEnds is { Count: > 0 }) CountedNames(text, mentions, namedEnds);
        HeldEvents(text, mentions, blocked);
        quotients.Read(text, mentions, names ?? []);
        Exclude(text, mentions);
        Negate(text, mentions);
        PaidAfterDiscounts.Apply(mentions);
        return new ConceptReading(mentions);
    }

    /// <summary>
    /// "现在一共多少会员" asks for everything so far; "上个月一共进账多少钱" for the month's sum, which any flow metric is:
    /// a total word is a running total only when no period is named, and otherwise read (consumed) as saying nothing more.
    /// </summary>
    private static string[] Totals(string[] concepts, bool periodAsked)
    {
        if (!concepts.Contains(ConceptVocabulary.Total)) return concepts;
        var rest = concepts.Where(c => c != ConceptVocabulary.Total);
        return (periodAsked ? rest : rest.Append(ConceptVocabulary.Cumulative)).Distinct().ToArray();
    }

    /// <summary>
    /// Chinese asks "whether" by saying a verb both ways (付没付, 取没取消, 退不退): a state said so is no condition of
    /// the question, as "paid or not" is not. The mention is read (consumed) and carries no concept.
    /// </summary>
    private ConceptMention? EitherWay(string text, int start, bool[] blocked)
    {
        for (var a = 1; a <= 2; a++)
        {
            var second = start + a + 1;
            if (second + a > text.Length || text[start + a] is not ('没' or '不')) continue;
            if (!text.AsSpan(start, a).SequenceEqual(text.AsSpan(second, a)) || !text.AsSpan(start, a).ToString().All(TextNormalizer.IsCjk)) continue;
            if (Enumerable.Range(start, second + a - start).Any(k => blocked[k])) continue;
            // The verb's whole phrase after the negation (取没取消), else what every phrase starting with it says (付没付).
            // A two-character verb is its whole phrase (取消没取消).
            var phrase = LongestAt(text, second, blocked);
            var whole = phrase >= a && lookup[text.AsSpan(second, phrase)].Length > 0;
            var end = whole ? second + phrase : second + a;
            var states = whole ? lookup[text.AsSpan(second, phrase)] : a == 1 ? firstCharacters.GetValueOrDefault(text[start]) : null;
            if (states is not { Length: > 0 }) continue;
            // "严不严重", "好不好": a phrase listed whole is what it says (a question word), not a state asked both ways.
            if (LongestAt(text, start, blocked) >= end - start) return null;
            return new ConceptMention(new TextSpan(start, end - start), text[start..end], []);
        }
        return null;
    }

    /// <summary>
    /// "接了多少预约", "来了几位会员": 多少 / 几 right before what a metric counts asks how many of it, as
    /// "how many appointments" does; the mention takes the count word in. 数量 right after it says the same.
    /// </summary>
    private void CountedSubjects(string text, List<ConceptMention> mentions)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            if (!mention.Concepts.Any(subjects.Contains) || mention.Concepts.Contains(ConceptVocabulary.Count)) continue;
            // "appointment数量", "预约的数量": a quantity word right after what is counted is how many of it, not units.
            if (k + 1 < mentions.Count && mentions[k + 1] is var next && next.Text is "数量" or "个数" or "数目"
                && text.AsSpan(mention.Span.End, next.Span.Start - mention.Span.End).Trim().Trim('的').IsEmpty)
                mentions[k + 1] = next with { Concepts = [ConceptVocabulary.Count] };
            var start = mention.Span.Start;
            // A measure word may stand between: 几位会员, 多少家门店.
            var measure = start >= 1 && text[start - 1] is '个' or '位' or '名' or '家' ? 1 : 0;
            var counted = start - measure;
            var before = counted >= 2 && text.AsSpan(counted - 2, 2).SequenceEqual("多少") ? 2 + measure : counted >= 1 && text[counted - 1] == '几' ? 1 + measure : 0;
            if (before == 0 || (k > 0 && mentions[k - 1].Span.End > start - before)) continue;
            mentions[k] = new ConceptMention(new TextSpan(start - before, mention.Span.Length + before), text.Substring(start - before, mention.Span.Length + before),
                [.. mention.Concepts, ConceptVocabulary.Count]);
        }
    }

    /// <summary>
    /// "visits that were scheduled", "来店预约": whether a booking word stands right before or after this span (a name of what
    /// it holds: the booked visits, not visitors asked for).
    /// </summary>
    public bool HeldBy(string text, TextSpan name, IReadOnlySet<string> nameConcepts, bool[] blocked)
    {
        var reading = Read(text, blocked);
        foreach (var mention in reading.Mentions)
        {
            var held = mention.Concepts.Where(Vocabulary.Holds.ContainsKey).SelectMany(c => Vocabulary.Holds[c]).ToHashSet(StringComparer.Ordinal);
            // A count of what is held (visitors), not a rate built on it (conversion of visitors).
            if (held.Count == 0 || !nameConcepts.Any(held.Contains) || nameConcepts.Contains(ConceptVocabulary.Ratio) || nameConcepts.Contains(ConceptVocabulary.Per)) continue;
            if (mention.Span.Start >= name.End ? Gap(text, name.End, mention.Span.Start) <= HeldGapBefore : mention.Span.End <= name.Start && Gap(text, mention.Span.End, name.Start) <= HeldGap) return true;
        }
        return false;
    }

    /// <summary>"customer 数量", "订单的个数": a quantity word right after a metric's name asks how many of it, not for units.</summary>
    private static void CountedNames(string text, List<ConceptMention> mentions, IReadOnlySet<int> namedEnds)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k].Text is not ("数量" or "个数" or "数目")) continue;
            var end = mentions[k].Span.Start;
            while (end > 0 && text[end - 1] is ' ' or '的') end--;
            if (namedEnds.Contains(end)) mentions[k] = mentions[k] with { Concepts = [ConceptVocabulary.Count] };
        }
    }

    /// <summary>
    /// "约了多少人来店", "booked how many people to come in": what an event is of (a booking's visit), said right after it with
    /// at most a count of people between, is that event; read, it adds no concept (no visitors are asked for).
    /// </summary>
    private void HeldEvents(string text, List<ConceptMention> mentions, bool[] blocked)
    {
        LaterEvents(text, mentions, blocked);
        for (var k = 0; k < mentions.Count; k++)
        {
            var held = mentions[k].Concepts.Where(Vocabulary.Holds.ContainsKey).SelectMany(c => Vocabulary.Holds[c]).ToHashSet(StringComparer.Ordinal);
            if (held.Count == 0) continue;
            var next = k + 1;
            var from = mentions[k].Span.End;
            // 多少人 / "how many people" between: who the event is of, not a thing of its own.
            if (next < mentions.Count && mentions[next].Concepts.Count > 0 && mentions[next].Concepts.All(c => c is ConceptVocabulary.People or ConceptVocabulary.Count)
                && Gap(text, from, mentions[next].Span.Start) <= HeldGap)
                from = mentions[next++].Span.End;
            bool Held(ConceptMention m) => m.Concepts.Count > 0 && m.Concepts.All(c => held.Contains(c) || c == ConceptVocabulary.People);
            if (next < mentions.Count && Held(mentions[next]) && Gap(text, from, mentions[next].Span.Start) <= HeldGap)
                mentions[next] = mentions[next] with { Concepts = [] };
            // "visits that were scheduled", "到店预约": the visit said right before the booking word is the booked one too.
            else if (k > 0 && Held(mentions[k - 1]) && Gap(text, mentions[k - 1].Span.End, mentions[k].Span.Start) <= HeldGapBefore)
                mentions[k - 1] = mentions[k - 1] with { Concepts = [] };
        }
    }

    /// <summary>
    /// "of the bookings …, how often did the visit end in a purchase": an event word ("the visit", 来店) said anywhere after a
    /// word holding it (a booking, read here or taken as a metric's name) is the booked event, adding no concept.
    /// </summary>
    private void LaterEvents(string text, List<ConceptMention> mentions, bool[] blocked)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            if (!Vocabulary.Events.Contains(mentions[k].Text) || mentions[k].Concepts.Count == 0) continue;
            var concepts = mentions[k].Concepts;
            bool Holding(IEnumerable<string> said) => said.Any(c => Vocabulary.Holds.TryGetValue(c, out var held) && concepts.All(e => held.Contains(e) || e == ConceptVocabulary.People));
            var before = mentions.Take(k).Any(m => Holding(m.Concepts));
            // A name taken before reading ("bookings" → appointments) is blocked, beside a blocked time perhaps ("last
            // quarter's bookings"): a phrase inside the blocked text may still hold the event.
            for (var i = 0; i < mentions[k].Span.Start && !before; i++)
            {
                if (!blocked[i] || !StartsWord(text, i)) continue;
                for (var end = i + 1; end <= mentions[k].Span.Start && end - i <= HeldNameLength && blocked[end - 1] && !before; end++)
                    before = (end == text.Length || !IsLatin(text[end]) || !IsLatin(text[end - 1]))
                        && phrases.TryGetValue(text[i..end], out var named) && Holding(named);
            }
            if (before) mentions[k] = mentions[k] with { Concepts = [] };
        }
    }

    private static bool StartsWord(string text, int i) => i == 0 || !IsLatin(text[i]) || !IsLatin(text[i - 1]);

    /// <summary>
    /// A state the question leaves out is not one it asks for: "取消的不算", "leaving out cancelled", "paid or not"
    /// keep their span (it was read) but add no concept.
    /// </summary>
    private void Exclude(string text, List<ConceptMention> mentions)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var word = mentions[k];
            if (word.Concepts.Count > 0) continue;
            // A word said either way ("不算取消的", "取消的不算") governs the phrase after it when one is close, else the one before.
            var target = -1;
            if (excludedBefore.Contains(word.Text) && k + 1 < mentions.Count && mentions[k + 1].Concepts.Count > 0 && Gap(text, word.Span.End, mentions[k + 1].Span.Start) <= ExclusionGap)
                target = k + 1;
            else if (excludedAfter.Contains(word.Text) && k > 0 && mentions[k - 1].Concepts.Count > 0 && Gap(text, mentions[k - 1].Span.End, word.Span.Start) <= ExclusionGap)
                target = k - 1;
            if (target < 0) continue;
            var including = target > k ? includedBefore.Contains(word.Text) : includedAfter.Contains(word.Text);
            mentions[target] = including
                ? mentions[target] with { Concepts = [], Included = mentions[target].Concepts, IncludedUnhappened = Unhappened(text, mentions[target]) }
                : mentions[target] with { Concepts = [] };
            // "including unpaid orders": the rows said right after the state counted in go with it.
            if (including && target > k && target + 1 < mentions.Count && mentions[target + 1].Concepts is { Count: > 0 } rows && rows.All(subjects.Contains) && Gap(text, mentions[target].Span.End, mentions[target + 1].Span.Start) == 0)
                mentions[target + 1] = mentions[target + 1] with { Concepts = [], Included = rows };
            // "cancelled orders left out": the state said just before what is left out goes with it.
            if (target < k && target > 0 && mentions[target - 1].Concepts.Count > 0 && !mentions[target - 1].Concepts.Any(c => subjects.Contains(c) && !states.Contains(c))
                && Gap(text, mentions[target - 1].Span.End, mentions[target].Span.Start) == 0)
                mentions[target - 1] = including
                    ? mentions[target - 1] with { Concepts = [], Included = mentions[target - 1].Concepts, IncludedUnhappened = Unhappened(text, mentions[target - 1]) }
                    : mentions[target - 1] with { Concepts = [] };
        }
    }

    /// <summary>"没取消的预约", "orders that weren't paid": a phrase right after a negation word is said not to have happened.</summary>
    private void Negate(string text, List<ConceptMention> mentions)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k].Concepts.Count == 0 || mentions[k].Concepts.Any(ConceptVocabulary.Shapes.Contains)) continue;
            if (Unhappened(text, mentions[k])) mentions[k] = mentions[k] with { Negated = true };
        }
    }

    /// <summary>Whether the mention is said not to have happened: a negation word before it, or its own ("unpaid").</summary>
    private bool Unhappened(string text, ConceptMention mention) => NegatedAt(text, mention.Span.Start) || Vocabulary.NegatedWords.Contains(mention.Text);

    /// <summary>Whether a negation word stands right before <paramref name="start"/>.</summary>
    private bool NegatedAt(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        foreach (var word in negatedBefore)
        {
            if (!before.EndsWith(word, StringComparison.Ordinal)) continue;
            // A Latin word ends at a word's start: "cannot" is no "not".
            if (IsLatin(word[0]) && !word.StartsWith("n'", StringComparison.Ordinal) && before.Length > word.Length && IsLatin(before[before.Length - word.Length - 1])) continue;
            return true;
        }
        return false;
    }

    /// <summary>The characters between two phrases, spaces and filler words aside.</summary>
    private int Gap(string text, int from, int to)
    {
        if (to <= from) return 0;
        var between = text[from..to].Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !fillers.Contains(w));
        return between.Sum(w => fillers.Aggregate(w, (rest, f) => f.Length == 1 && !IsLatin(f[0]) ? rest.Replace(f, "", StringComparison.Ordinal) : rest).Length);
    }

    private int LongestAt(string text, int start, bool[] blocked)
    {
        var limit = Math.Min(maxLength, text.Length - start);
        var free = 0;
        while (free < limit && !blocked[start + free]) free++;
        for (var length = free; length > 0; length--)
        {
            var end = start + length;
            // A Latin phrase ends at a word's end: "per" is not the start of "performance".
            if (IsLatin(text[end - 1]) && end < text.Length && IsLatin(text[end])) continue;
            if (lookup.ContainsKey(text.AsSpan(start, length))) return length;
        }
        return 0;
    }

    /// <summary>Where a people word starts right after the (blocked) word at <paramref name="word"/>, or null.</summary>
    private int? PeopleAfterWord(string text, int word, bool[] blocked)
    {
        var end = word;
        while (end < text.Length && blocked[end] && (IsLatin(text[end]) || TextNormalizer.IsCjk(text[end]))) end++;
        if (end == word) return null;
        var at = NextWord(text, end);
        var length = at < text.Length ? LongestAt(text, at, blocked) : 0;
        if (length == 0 || (at > end && IsLatin(text[at - 1]))) return null;
        var found = lookup[text.AsSpan(at, length)];
        return found.Any(Vocabulary.IsPeople)
            && !found.Contains(ConceptVocabulary.Per) ? (text[at - 1] == ' ' ? at - 1 : at) : null;
    }

    private static int NextWord(string text, int from)
    {
        while (from < text.Length && text[from] == ' ') from++;
        return from;
    }

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';
}
