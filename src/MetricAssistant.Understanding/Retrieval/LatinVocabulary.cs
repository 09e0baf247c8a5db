namespace MetricAssistant.Understanding.Retrieval;

/// <summary>
/// Latin-letter terms of a <see cref="Bm25Index"/> vocabulary, sorted for prefix look-up and indexed by character
/// trigram for edit-distance look-up: expands a query word missing from the vocabulary. Immutable.
/// </summary>
internal sealed class LatinVocabulary
{
    // weights of an expanded term against an exact one: a word being typed is likelier than a typo
    private const float PrefixWeight = 0.7f;
    private const float Fuzzy1Weight = 0.8f;
    private const float Fuzzy2Weight = 0.6f;
    private const int MaxPrefixExpansions = 12;
    private const int MaxFuzzyExpansions = 6;
    private readonly string[] terms;
    private readonly int[] ids;
    private readonly int[] documentFrequency;
    private readonly Dictionary<int, int[]> trigramTerms;

    public LatinVocabulary(Dictionary<string, int> termIds, Func<int, int> df)
    {
        var latin = termIds.Where(p => IsLatinWord(p.Key)).OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        terms = latin.Select(p => p.Key).ToArray();
        ids = latin.Select(p => p.Value).ToArray();
        documentFrequency = ids.Select(df).ToArray();
        var grams = new Dictionary<int, List<int>>();
        for (var i = 0; i < terms.Length; i++)
            foreach (var g in Trigrams(terms[i]).Distinct())
                (grams.TryGetValue(g, out var list) ? list : grams[g] = []).Add(i);
        trigramTerms = grams.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    private static bool IsLatinWord(string term) =>
        term.Length >= 2 && char.IsAsciiLetter(term[0]) && term.All(char.IsAsciiLetterOrDigit);

    public List<(int Term, float Weight)> Expand(string token)
    {
        var expansions = new List<(int Term, float Weight)>();
        if (token.Length < 3 || !IsLatinWord(token) || terms.Length == 0) return expansions;

        // Prefix: the query word is the beginning of vocabulary words (a word being typed, or cut short).
        var lo = LowerBound(token);
        var prefixMatches = new List<int>();
        for (var i = lo; i < terms.Length && terms[i].StartsWith(token, StringComparison.Ordinal) && prefixMatches.Count < 256; i++) prefixMatches.Add(i);
        if (prefixMatches.Count > 0)
        {
            foreach (var i in prefixMatches.OrderByDescending(i => documentFrequency[i]).ThenBy(i => terms[i].Length).Take(MaxPrefixExpansions))
                expansions.Add((ids[i], PrefixWeight));
            return expansions;
        }

        // Edit distance: candidates share trigrams with the word, then the distance is checked.
        if (token.Length < 4) return expansions;
        var maxDistance = token.Length >= 8 ? 2 : 1;
        var shared = new Dictionary<int, int>();
        var queryGrams = Trigrams(token).Distinct().ToList();
        foreach (var g in queryGrams)
            if (trigramTerms.TryGetValue(g, out var list))
                foreach (var i in list) shared[i] = shared.GetValueOrDefault(i) + 1;
        // an edit changes at most three padded trigrams, an adjacent transposition four
        var needed = Math.Max(1, queryGrams.Count - 4 * maxDistance);
        var found = new List<(int Index, int Distance)>();
        foreach (var (i, count) in shared)
        {
            if (count < needed || Math.Abs(terms[i].Length - token.Length) > maxDistance) continue;
            var distance = MetricAssistant.Catalog.Validation.DidYouMean.Distance(token, terms[i], maxDistance);
            if (distance <= maxDistance) found.Add((i, distance));
        }
        foreach (var (i, distance) in found.OrderBy(f => f.Distance).ThenByDescending(f => documentFrequency[f.Index]).Take(MaxFuzzyExpansions))
            expansions.Add((ids[i], distance <= 1 ? Fuzzy1Weight : Fuzzy2Weight));
        return expansions;
    }

    private int LowerBound(string key)
    {
        int lo = 0, hi = terms.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(terms[mid], key) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static IEnumerable<int> Trigrams(string word)
    {
        // "$word$": every letter is in three trigrams, the ends included
        var padded = "$" + word + "$";
        for (var i = 0; i + 3 <= padded.Length; i++) yield return padded[i] << 16 ^ padded[i + 1] << 8 ^ padded[i + 2];
    }
}
