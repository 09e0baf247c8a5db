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
    private readonly Dictionary<char, string[]> firstCharacters = [];

    private readonly ConceptMentionRules rules;

    private readonly QuotientSides quotients;

    private readonly FormulaWords formula;

    private readonly MovementWords movements;

    private readonly AskingVerbs verbs;

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
        // What can be counted: the catalog's subjects (orders, appointments) and the kinds of people (members, staff).
        var subjects = catalog.Signatures.All.SelectMany(s => s.Subjects).Select(vocabulary.ConceptOf).Concat(vocabulary.Broader.Keys)
            .Where(c => c != ConceptVocabulary.Money).ToHashSet(StringComparer.Ordinal);
        quotients = new QuotientSides(catalog, vocabulary, subjects);
        // A state a metric filters on (paid) is also a subject when a column is named for it (paid_amount); said before the rows, it is their state.
        var states = catalog.Signatures.All.SelectMany(s => s.States).Select(vocabulary.ConceptOf).ToHashSet(StringComparer.Ordinal);
        // Every state rows are in or left out of (paid; cancelled, which orders counted leave out): what a fragment may say of rows.
        static IEnumerable<string> RowStates(MetricSignature? s) => s is null ? [] : [.. s.States, .. s.Excluded, .. RowStates(s.Numerator), .. RowStates(s.Denominator)];
        var rowStates = catalog.Signatures.All.SelectMany(RowStates).Select(vocabulary.ConceptOf).ToHashSet(StringComparer.Ordinal);
        rules = new ConceptMentionRules(vocabulary, phrases, subjects, states, rowStates);
        movements = new MovementWords(catalog, vocabulary, subjects);
        verbs = new AskingVerbs(catalog, vocabulary);
        foreach (var word in movements.Words) phrases.TryAdd(word, []);
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
        rules.CountedSubjects(text, mentions);
        movements.Read(text, mentions, names ?? []);
        verbs.Apply(text, mentions, names ?? []);
        if (namedEnds is { Count: > 0 }) rules.CountedNames(text, mentions, namedEnds);
        rules.HeldEvents(text, mentions, blocked);
        quotients.Read(text, mentions, names ?? []);
        Recipients.Apply(text, mentions, Vocabulary);
        rules.Exclude(text, mentions);
        rules.Negate(text, mentions);
        rules.NegateAfterRows(text, mentions, namedEnds);
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
    /// "支付金额", "paid orders": whether the words open with a state of rows (paid, cancelled), perhaps after its 已 / 未: a name
    /// that says which rows it covers first.
    /// </summary>
    public bool OpensWithRowState(string words)
    {
        var prefix = Vocabulary.StatePrefixes.FirstOrDefault(p => words.StartsWith(p, StringComparison.Ordinal))?.Length ?? 0;
        var reading = Read(words, new bool[words.Length]);
        return reading.Mentions.Count > 0 && reading.Mentions[0] is var first && words[..first.Span.Start].Trim().Length == prefix && rules.IsRowState(first);
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
            if (mention.Span.Start >= name.End ? rules.Gap(text, name.End, mention.Span.Start) <= ConceptMentionRules.HeldGapBefore : mention.Span.End <= name.Start && rules.Gap(text, mention.Span.End, name.Start) <= ConceptMentionRules.HeldGap) return true;
        }
        return false;
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
