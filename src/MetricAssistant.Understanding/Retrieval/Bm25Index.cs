using System.Collections.Concurrent;
using MetricAssistant.Understanding.Text.Segmentation;

namespace MetricAssistant.Understanding.Retrieval;

/// <summary>
/// Okapi BM25 (k1 = 1.2, b = 0.75, idf = ln(1 + (N − df + 0.5)/(df + 0.5))) over pre-tokenised documents, in
/// memory and immutable once built: compressed postings per term, document length norms precomputed, and a
/// per-document weight (names count more than descriptions). A Latin query word that is not in the vocabulary
/// is expanded to the vocabulary words it begins ("conv" → conversion) or, failing that, to those within edit
/// distance 1 (2 for words of 8 letters or more; "reveune" → revenue), at a discount. Thread-safe.
/// </summary>
public sealed class Bm25Index
{
    public const float DefaultK1 = 1.2f;
    public const float DefaultB = 0.75f;
    private const float PrefixWeight = 0.7f;
    private const float Fuzzy1Weight = 0.8f;
    private const float Fuzzy2Weight = 0.6f;

    private readonly Dictionary<string, int> termIds;
    private readonly int[] postingStart;
    private readonly int[] postingDocs;
    private readonly ushort[] postingTf;
    private readonly float[] idf;
    private readonly float[] docNorm;
    private readonly float[] docWeight;
    private readonly float k1;
    private readonly LatinVocabulary latin;
    private readonly ConcurrentBag<Accumulator> accumulators = [];

    public int DocumentCount { get; }
    public int TermCount => termIds.Count;
    public long PostingCount => postingDocs.LongLength;

    private Bm25Index(Dictionary<string, int> termIds, int[] postingStart, int[] postingDocs, ushort[] postingTf, float[] idf,
        float[] docNorm, float[] docWeight, float k1, int documentCount)
    {
        this.termIds = termIds;
        this.postingStart = postingStart;
        this.postingDocs = postingDocs;
        this.postingTf = postingTf;
        this.idf = idf;
        this.docNorm = docNorm;
        this.docWeight = docWeight;
        this.k1 = k1;
        DocumentCount = documentCount;
        latin = new LatinVocabulary(termIds, i => postingStart[i + 1] - postingStart[i]);
    }

    /// <summary>Builds the index; <paramref name="weights"/> (one per document, default 1) multiply document scores.</summary>
    public static Bm25Index Build(IReadOnlyList<IReadOnlyList<string>> documents, IReadOnlyList<float>? weights = null, float k1 = DefaultK1, float b = DefaultB)
    {
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var documentCount = documents.Count;
        var docStart = new int[documentCount + 1];
        var pairTerms = new List<int>();
        var pairTfs = new List<int>();
        var lengths = new int[documentCount];
        var df = new List<int>();
        var scratch = new List<int>();
        for (var d = 0; d < documentCount; d++)
        {
            scratch.Clear();
            foreach (var token in documents[d])
            {
                if (!termIds.TryGetValue(token, out var id))
                {
                    termIds[token] = id = termIds.Count;
                    df.Add(0);
                }
                scratch.Add(id);
            }
            lengths[d] = scratch.Count;
            scratch.Sort();
            for (var i = 0; i < scratch.Count;)
            {
                var j = i;
                while (j < scratch.Count && scratch[j] == scratch[i]) j++;
                pairTerms.Add(scratch[i]);
                pairTfs.Add(j - i);
                df[scratch[i]]++;
                i = j;
            }
            docStart[d + 1] = pairTerms.Count;
        }

        var termCount = termIds.Count;
        var postingStart = new int[termCount + 1];
        for (var t = 0; t < termCount; t++) postingStart[t + 1] = postingStart[t] + df[t];
        var postingDocs = new int[pairTerms.Count];
        var postingTf = new ushort[pairTerms.Count];
        var next = postingStart[..termCount];
        for (var d = 0; d < documentCount; d++)
        {
            for (var p = docStart[d]; p < docStart[d + 1]; p++)
            {
                var at = next[pairTerms[p]]++;
                postingDocs[at] = d;
                postingTf[at] = (ushort)Math.Min(pairTfs[p], ushort.MaxValue);
            }
        }

        var idf = new float[termCount];
        for (var t = 0; t < termCount; t++) idf[t] = (float)Math.Log(1 + (documentCount - df[t] + 0.5) / (df[t] + 0.5));
        var averageLength = documentCount == 0 ? 1.0 : Math.Max(1.0, lengths.Average());
        var docNorm = new float[documentCount];
        var docWeight = new float[documentCount];
        for (var d = 0; d < documentCount; d++)
        {
            docNorm[d] = (float)(k1 * (1 - b + b * lengths[d] / averageLength));
            docWeight[d] = weights is null ? 1f : weights[d];
        }
        return new Bm25Index(termIds, postingStart, postingDocs, postingTf, idf, docNorm, docWeight, k1, documentCount);
    }

    /// <summary>Scores every document sharing a term with the query and hands (document, score) pairs to <paramref name="visit"/>, in no particular order.</summary>
    public void Score(IReadOnlyList<string> queryTokens, Action<int, float> visit)
    {
        var acc = Rent();
        try
        {
            Accumulate(queryTokens, acc);
            for (var i = 0; i < acc.Count; i++)
            {
                var doc = acc.Touched[i];
                visit(doc, acc.Scores[doc] * docWeight[doc]);
            }
        }
        finally
        {
            Return(acc);
        }
    }

    /// <summary>Scores into a caller-owned visitor struct (no delegate allocation on the hot path).</summary>
    internal void Score<TVisitor>(IReadOnlyList<string> queryTokens, ref TVisitor visitor) where TVisitor : struct, IScoreVisitor
    {
        var acc = Rent();
        try
        {
            Accumulate(queryTokens, acc);
            for (var i = 0; i < acc.Count; i++)
            {
                var doc = acc.Touched[i];
                visitor.Visit(doc, acc.Scores[doc] * docWeight[doc]);
            }
        }
        finally
        {
            Return(acc);
        }
    }

    /// <summary>The <paramref name="top"/> best documents, best first (ties: lower document first).</summary>
    public IReadOnlyList<(int Document, float Score)> Search(IReadOnlyList<string> queryTokens, int top)
    {
        var all = new List<(int Document, float Score)>();
        Score(queryTokens, (d, s) => all.Add((d, s)));
        return all.OrderByDescending(p => p.Score).ThenBy(p => p.Document).Take(top).ToList();
    }

    private void Accumulate(IReadOnlyList<string> queryTokens, Accumulator acc)
    {
        acc.Begin();
        HashSet<string>? seen = queryTokens.Count > 1 ? new HashSet<string>(StringComparer.Ordinal) : null;
        foreach (var token in queryTokens)
        {
            if (seen is not null && !seen.Add(token)) continue;
            if (termIds.TryGetValue(token, out var term))
            {
                AddTerm(term, 1f, acc, max: false);
                continue;
            }
            var expansions = latin.Expand(token);
            if (expansions.Count == 0) continue;
            // Expansions of one query word count once per document: the best of them.
            acc.BeginMax();
            foreach (var (expanded, weight) in expansions) AddTerm(expanded, weight, acc, max: true);
            acc.EndMax();
        }
    }

    private void AddTerm(int term, float weight, Accumulator acc, bool max)
    {
        var w = idf[term] * weight;
        var kPlus1 = k1 + 1;
        for (var p = postingStart[term]; p < postingStart[term + 1]; p++)
        {
            var doc = postingDocs[p];
            float tf = postingTf[p];
            var s = w * tf * kPlus1 / (tf + docNorm[doc]);
            if (max) acc.Max(doc, s);
            else acc.Add(doc, s);
        }
    }

    private Accumulator Rent() => accumulators.TryTake(out var acc) ? acc : new Accumulator(DocumentCount);

    private void Return(Accumulator acc)
    {
        if (accumulators.Count < Environment.ProcessorCount * 2) accumulators.Add(acc);
    }

    internal interface IScoreVisitor
    {
        void Visit(int document, float score);
    }

    /// <summary>Per-query scratch: scores by document with generation stamps, so nothing is cleared between queries.</summary>
    private sealed class Accumulator(int size)
    {
        public readonly float[] Scores = new float[size];
        public readonly int[] Touched = new int[size];
        public int Count;
        private readonly int[] stamp = new int[size];
        private int generation;
        // for expansions (rare): allocated on first use
        private float[] maxScores = [];
        private int[] maxStamp = [];
        private readonly List<int> maxTouched = [];
        private int maxGeneration;

        public void Begin()
        {
            Count = 0;
            if (++generation == int.MaxValue)
            {
                Array.Clear(stamp);
                generation = 1;
            }
        }

        public void Add(int doc, float score)
        {
            if (stamp[doc] != generation)
            {
                stamp[doc] = generation;
                Scores[doc] = 0;
                Touched[Count++] = doc;
            }
            Scores[doc] += score;
        }

        public void BeginMax()
        {
            if (maxScores.Length == 0)
            {
                maxScores = new float[Scores.Length];
                maxStamp = new int[Scores.Length];
            }
            maxTouched.Clear();
            if (++maxGeneration == int.MaxValue)
            {
                Array.Clear(maxStamp);
                maxGeneration = 1;
            }
        }

        public void Max(int doc, float score)
        {
            if (maxStamp[doc] != maxGeneration)
            {
                maxStamp[doc] = maxGeneration;
                maxScores[doc] = score;
                maxTouched.Add(doc);
            }
            else if (score > maxScores[doc]) maxScores[doc] = score;
        }

        public void EndMax()
        {
            foreach (var doc in maxTouched) Add(doc, maxScores[doc]);
        }
    }

    /// <summary>Latin-letter terms of the vocabulary, sorted for prefix look-up and indexed by character trigram for edit-distance look-up.</summary>
    private sealed class LatinVocabulary
    {
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

    /// <summary>Tokenizes texts for indexing, in parallel (jieba reads run concurrently).</summary>
    public static IReadOnlyList<string>[] TokenizeAll(IReadOnlyList<string> texts, MixedTextTokenizer tokenizer, CancellationToken cancellationToken)
    {
        var result = new IReadOnlyList<string>[texts.Count];
        if (texts.Count < 2048)
        {
            for (var i = 0; i < texts.Count; i++) result[i] = tokenizer.Tokenize(texts[i]);
            return result;
        }
        Parallel.For(0, texts.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => result[i] = tokenizer.Tokenize(texts[i]));
        return result;
    }
}
