namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// The English typo matcher's terms by length and trigram, so that a long phrase is compared with the terms sharing
/// one of its rarest trigrams instead of every term of a near length (100k metrics give tens of thousands a length).
/// Exact, not a heuristic: an edit (a swap of neighbouring letters included) spoils at most four of a phrase's
/// trigrams, so two edits spoil at most eight, and of any nine trigram positions of a phrase one at least is still
/// a trigram of every term within two edits. A phrase shorter than <see cref="MinLength"/> has fewer than nine
/// positions: the matcher tries every term of a near length for it, as before.
/// </summary>
internal sealed class LatinTrigramIndex
{
    /// <summary>The edits the matcher allows at most (two, from eight letters).</summary>
    private const int Edits = 2;
    private const int SpoiledPerEdit = 4;
    /// <summary>Trigram positions to take: one more than the edits can spoil.</summary>
    private const int Positions = Edits * SpoiledPerEdit + 1;
    /// <summary>The shortest phrase with <see cref="Positions"/> trigram positions.</summary>
    public const int MinLength = Positions + 2;
    // a–z, space, hyphen: the characters of the matcher's terms.
    private const int Alphabet = 28;
    private const int Grams = Alphabet * Alphabet * Alphabet;

    // The lists of term orders, one after another (one array, not one per list: a 100k catalog has a few hundred
    // thousand lists); keys[i] = length × Grams + trigram of the list starting at starts[i], keys ascending.
    private readonly int[] keys;
    private readonly int[] starts;
    private readonly int[] orders;

    /// <param name="terms">The matcher's terms in its order; only those a phrase of <see cref="MinLength"/> or more can reach are indexed.</param>
    public LatinTrigramIndex(IReadOnlyList<string> terms)
    {
        var lists = new Dictionary<int, List<int>>();
        for (var order = 0; order < terms.Count; order++)
        {
            var term = terms[order];
            if (term.Length < MinLength - Edits) continue;
            for (var p = 0; p + 3 <= term.Length; p++)
            {
                var gram = Gram(term, p);
                if (gram < 0) continue;
                var key = term.Length * Grams + gram;
                if (!lists.TryGetValue(key, out var list)) lists[key] = list = [];
                // A trigram repeated in a term lists it once.
                if (list.Count == 0 || list[^1] != order) list.Add(order);
            }
        }
        keys = [.. lists.Keys.Order()];
        starts = new int[keys.Length + 1];
        for (var i = 0; i < keys.Length; i++) starts[i + 1] = starts[i] + lists[keys[i]].Count;
        orders = new int[starts[^1]];
        for (var i = 0; i < keys.Length; i++) lists[keys[i]].CopyTo(orders, starts[i]);
    }

    /// <summary>The index kept in a <see cref="Lexicon.ReaderTableSnapshot"/>, checked to fit together.</summary>
    internal LatinTrigramIndex(int[] keys, int[] starts, int[] orders, int terms)
    {
        if (starts.Length != keys.Length + 1 || starts[0] != 0 || starts[^1] != orders.Length) throw new InvalidDataException("trigram lists do not fit");
        for (var i = 0; i < keys.Length; i++)
            if (starts[i + 1] < starts[i] || i > 0 && keys[i] <= keys[i - 1]) throw new InvalidDataException("trigram lists are not in order");
        foreach (var order in orders)
            if ((uint)order >= (uint)terms) throw new InvalidDataException("trigram list names no term");
        (this.keys, this.starts, this.orders) = (keys, starts, orders);
    }

    /// <summary>The arrays behind the index, for a <see cref="Lexicon.ReaderTableSnapshot"/>.</summary>
    internal (int[] Keys, int[] Starts, int[] Orders) Arrays => (keys, starts, orders);

    /// <summary>How many (length, trigram) lists the index holds and how many term orders they hold in all.</summary>
    public (int Lists, int Postings) Size => (keys.Length, orders.Length);

    /// <summary>The orders of the terms of <paramref name="length"/> containing <paramref name="gram"/>, ascending.</summary>
    private ReadOnlySpan<int> List(int length, int gram)
    {
        var at = Array.BinarySearch(keys, length * Grams + gram);
        return at < 0 ? [] : orders.AsSpan(starts[at], starts[at + 1] - starts[at]);
    }

    /// <summary>
    /// The orders of the terms within two characters of <paramref name="phrase"/>'s length that contain one at least of
    /// the trigrams at the nine positions whose lists are shortest, ascending and each once: every term within two
    /// edits of the phrase is among them. The phrase is at least <see cref="MinLength"/> long.
    /// </summary>
    public List<int> Candidates(string phrase)
    {
        if (phrase.Length < MinLength) throw new ArgumentException($"phrases shorter than {MinLength} are not looked up", nameof(phrase));
        var count = phrase.Length - 2;
        var grams = new int[count];
        var sizes = new int[count];
        for (var p = 0; p < count; p++)
        {
            grams[p] = Gram(phrase, p);
            if (grams[p] < 0) continue; // no term has it: a position two edits must have spoiled, costing nothing
            for (var length = phrase.Length - Edits; length <= phrase.Length + Edits; length++)
                sizes[p] += List(length, grams[p]).Length;
        }
        var positions = Enumerable.Range(0, count).OrderBy(p => sizes[p]).Take(Positions);
        var result = new List<int>();
        foreach (var gram in positions.Select(p => grams[p]).Where(g => g >= 0).Distinct())
            for (var length = phrase.Length - Edits; length <= phrase.Length + Edits; length++)
                result.AddRange(List(length, gram));
        result.Sort();
        var kept = 0;
        for (var i = 0; i < result.Count; i++)
            if (i == 0 || result[i] != result[i - 1]) result[kept++] = result[i];
        result.RemoveRange(kept, result.Count - kept);
        return result;
    }

    /// <summary>The trigram at <paramref name="at"/> as a number, or -1 when one of its characters is none of the terms'.</summary>
    private static int Gram(string s, int at)
    {
        var gram = 0;
        for (var k = at; k < at + 3; k++)
        {
            var c = s[k];
            var bin = c is >= 'a' and <= 'z' ? c - 'a' : c == ' ' ? 26 : c == '-' ? 27 : -1;
            if (bin < 0) return -1;
            gram = gram * Alphabet + bin;
        }
        return gram;
    }
}
