using System.Numerics;
using System.Text.RegularExpressions;
using MetricAssistant.Understanding.Lexicon;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// English metric names a letter or two off ("convertion rate", "reveune", "itme sales"): word phrases
/// within a small edit distance of a Latin catalog term (1 for short terms, 2 from eight letters; a
/// swap of neighbouring letters counts as one).
/// </summary>
public sealed partial class EnglishTypoMatcher
{
    private readonly CatalogLexicon lexicon;
    private readonly string[] latinTerms;
    // The terms by length, each with the set of its letters: a large catalog (100k metrics) is not walked whole
    // for every phrase; only terms of a near length whose letters differ by what the allowed edits can change.
    private readonly Dictionary<int, (string Term, uint Letters, int Order)[]> byLength;
    // The same terms by order, and by length and trigram for long phrases (a 100k catalog has tens of thousands of a length).
    private readonly (string Term, uint Letters, int Order)[] byOrder;
    private readonly LatinTrigramIndex? trigrams;
    // How often each character (a–z, space, hyphen) occurs in each term, term by term (Order × Bins): each edit changes
    // these counts by at most two in all, so a term whose counts differ from a phrase's by more than twice the edits
    // allowed is out of reach before its edit distance is worked out.
    private readonly byte[] counts;
    private const int Bins = 28;

    // Short words that are never a typo of a name, even one letter away from one ("not" / "net", "per" / "pet").
    internal static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "per", "with", "without", "and", "or", "not", "no", "nor",
        "but", "vs", "is", "are", "was", "were", "be", "do", "did", "does", "our", "my", "me", "us", "we", "it", "its", "this", "that",
        "what", "how", "which", "all", "each", "every", "any", "some", "than", "then", "other", "except", "excluding", "last", "next",
        "past", "show", "give", "tell", "get", "pls", "please", "thanks", "thx", "hey", "hi",
    };

    // Phrases as long as the longest name ("average revenue per paying user"; a large catalog's "returning customer
    // apparel gross of tax ordering customers"), at most eight words.
    private readonly int longestPhrase;

    public EnglishTypoMatcher(CatalogLexicon lexicon) : this(lexicon, indexed: true)
    {
    }

    /// <param name="indexed">False: every term of a near length is tried for every phrase (the reference the index is tested against).</param>
    internal EnglishTypoMatcher(CatalogLexicon lexicon, bool indexed) : this(lexicon, LatinTermsOf(lexicon), indexed ? terms => new LatinTrigramIndex(terms) : _ => null)
    {
    }

    /// <summary>The matcher kept in a <see cref="ReaderTableSnapshot"/>: its terms in their order and their trigram index.</summary>
    internal EnglishTypoMatcher(CatalogLexicon lexicon, string[] latinTerms, LatinTrigramIndex trigrams) : this(lexicon, latinTerms, _ => trigrams)
    {
    }

    private EnglishTypoMatcher(CatalogLexicon lexicon, string[] latinTerms, Func<string[], LatinTrigramIndex?> index)
    {
        this.lexicon = lexicon;
        this.latinTerms = latinTerms;
        longestPhrase = Math.Clamp(latinTerms.Max(t => t.Count(c => c == ' ') + 1), 1, 8);
        byOrder = [.. latinTerms.Select((t, i) => (Term: t, Letters: Letters(t), Order: i))];
        byLength = byOrder.GroupBy(t => t.Term.Length).ToDictionary(g => g.Key, g => g.ToArray());
        trigrams = index(latinTerms);
        counts = new byte[latinTerms.Length * Bins];
        for (var i = 0; i < latinTerms.Length; i++) Count(latinTerms[i], counts.AsSpan(i * Bins, Bins));
    }

    private static string[] LatinTermsOf(CatalogLexicon lexicon) => lexicon.Terms
        .Where(t => t.Length >= 3 && t.All(c => c is >= 'a' and <= 'z' or ' ' or '-') && lexicon.Lookup(t).Any(e => e.Kind is TermKind.Metric or TermKind.AmbiguousMetric))
        .ToArray();

    /// <summary>The Latin metric terms in the matcher's order, for a <see cref="ReaderTableSnapshot"/>.</summary>
    internal IReadOnlyList<string> LatinTerms => latinTerms;

    /// <summary>The trigram index of the terms (null only for the unindexed reference matcher).</summary>
    internal LatinTrigramIndex? Trigrams => trigrams;

    [GeneratedRegex("[a-z]+")]
    private static partial Regex Word();

    /// <summary>The best fuzzy match among phrases of one to three words, longer phrases first; null when none is close.</summary>
    public TermMatch? Find(string text, bool[] blocked, Func<int, int, bool>? accept = null)
    {
        var words = Word().Matches(text).Where(m => !blocked[m.Index]).ToArray();
        Span<byte> phraseCounts = stackalloc byte[Bins];
        for (var n = longestPhrase; n >= 1; n--)
        {
            TermMatch? best = null;
            var bestDistance = int.MaxValue;
            var bestOrder = int.MaxValue;
            var bestPhrase = -1;
            for (var i = 0; i + n <= words.Length; i++)
            {
                var start = words[i].Index;
                var end = words[i + n - 1].Index + words[i + n - 1].Length;
                if (accept is not null && !accept(start, end)) continue;
                if (!Adjacent(text, words, i, n)) continue;
                var phrase = string.Join(' ', words.Skip(i).Take(n).Select(w => w.Value));
                if (phrase.Length < 3) continue;
                var phraseLetters = Letters(phrase);
                Count(phrase, phraseCounts);
                foreach (var (term, letters, order) in Near(phrase))
                {
                    // Each edit adds or removes at most two letters from the set of letters used.
                    if (BitOperations.PopCount(letters ^ phraseLetters) > 2 * (term.Length >= 8 ? 2 : 1)) continue;
                    if (CountDifference(phraseCounts, counts.AsSpan(order * Bins, Bins)) > 2 * (term.Length >= 8 ? 2 : 1)) continue;
                    // "gmv not" is never a mistyped "gmv net": a function word stays what it is.
                    if (n > 1 && words.Skip(i).Take(n).Any(w => FunctionWords.Contains(w.Value) && !term.Split(' ').Contains(w.Value))) continue;
                    if (Math.Abs(term.Length - phrase.Length) > 2) continue;
                    // Three letters ("gvm") may only be two of them swapped; longer names allow one or two edits.
                    if (term.Length == 3 && !(phrase.Length == 3 && phrase.Order().SequenceEqual(term.Order()) || Undoubled(phrase) == term)) continue;
                    var allowed = term.Length >= 8 ? 2 : 1;
                    var distance = Levenshtein(phrase, term, allowed);
                    // Word by word, each mistyped word within its own allowance: "headcount trend" is no "headcount end"
                    // (two edits on one short word make another word, not a typo).
                    if (distance > 1 && !WordsWithin(phrase, term)) continue;
                    // Ties go to the earlier phrase, then to the term listed first (the lexicon's order, as before the index).
                    if (distance == 0 || distance > allowed || distance > bestDistance || distance == bestDistance && (i != bestPhrase || order > bestOrder)) continue;
                    best = new TermMatch(start, end - start, text[start..end], lexicon.Lookup(term), Fuzzy: true);
                    bestDistance = distance;
                    bestOrder = order;
                    bestPhrase = i;
                }
            }
            if (best is not null) return best;
        }
        return null;
    }

    /// <summary>The terms within two characters of the phrase's length, or of them those the trigram index says may be within two edits.</summary>
    private IEnumerable<(string Term, uint Letters, int Order)> Near(string phrase)
    {
        if (trigrams is not null && phrase.Length >= LatinTrigramIndex.MinLength)
        {
            foreach (var order in trigrams.Candidates(phrase)) yield return byOrder[order];
            yield break;
        }
        var length = phrase.Length;
        for (var l = length - 2; l <= length + 2; l++)
            if (byLength.TryGetValue(l, out var terms))
                foreach (var t in terms) yield return t;
    }

    /// <summary>How often each of a–z, space and hyphen occurs in <paramref name="s"/> (at most 255 each).</summary>
    private static void Count(string s, Span<byte> into)
    {
        into.Clear();
        foreach (var c in s)
        {
            var bin = c is >= 'a' and <= 'z' ? c - 'a' : c == ' ' ? 26 : c == '-' ? 27 : -1;
            if (bin >= 0 && into[bin] < byte.MaxValue) into[bin]++;
        }
    }

    /// <summary>The sum of the differences in counts: a lower bound of twice the edit distance (a swap changes none).</summary>
    private static int CountDifference(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var sum = 0;
        for (var i = 0; i < Bins; i++) sum += Math.Abs(a[i] - b[i]);
        return sum;
    }

    private static uint Letters(string s)
    {
        var mask = 0u;
        foreach (var c in s)
            if (c is >= 'a' and <= 'z') mask |= 1u << (c - 'a');
        return mask;
    }

    /// <summary>"gmmv" → "gmv": one letter typed twice.</summary>
    private static string? Undoubled(string phrase)
    {
        for (var i = 1; i < phrase.Length; i++)
            if (phrase[i] == phrase[i - 1]) return phrase.Remove(i, 1);
        return null;
    }

    /// <summary>Words of one phrase follow each other: "gmv last month not" has no phrase "gmv not" once the time is blanked.</summary>
    internal static bool Adjacent(string text, IReadOnlyList<Match> words, int first, int count)
    {
        for (var k = first; k + 1 < first + count; k++)
        {
            var gap = text.AsSpan(words[k].Index + words[k].Length, words[k + 1].Index - words[k].Index - words[k].Length);
            if (gap.Length > 2 || gap.ContainsAnyExcept(' ', '-')) return false;
        }
        return true;
    }

    /// <summary>Edit distance where swapping two neighbouring letters counts once ("reveune" is one edit from "revenue").</summary>
    /// <summary>Whether a phrase and a term of as many words differ, word by word, by what each word's own length allows.</summary>
    internal static bool WordsWithin(string phrase, string term)
    {
        var said = phrase.Split(' ');
        var named = term.Split(' ');
        if (said.Length != named.Length) return true;
        for (var k = 0; k < said.Length; k++)
            if (Levenshtein(said[k], named[k], 2) > (named[k].Length >= 8 ? 2 : 1)) return false;
        return true;
    }

    internal static int Levenshtein(string a, string b, int cap) => MetricAssistant.Catalog.Validation.DidYouMean.Distance(a, b, cap);
}
