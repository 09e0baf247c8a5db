using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

    private readonly Dictionary<string, int> termIds;
    private readonly int[] postingStart;
    private readonly int[] postingDocs;
    private readonly ushort[] postingTf;
    private readonly float[] idf;
    private readonly float[] docNorm;
    private readonly float[] docWeight;
    private readonly float k1;
    private readonly LatinVocabulary latin;
    private readonly ConcurrentBag<Bm25Accumulator> accumulators = [];

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

    /// <summary>
    /// Writes the whole index (terms in id order, postings, idf, norms, weights) for <see cref="ReadFrom"/>: a start on
    /// an unchanged catalog reads it instead of reading every document's tokens and building it again.
    /// </summary>
    internal void WriteTo(BinaryWriter writer)
    {
        writer.Write(DocumentCount);
        writer.Write(k1);
        var terms = new string[termIds.Count];
        foreach (var (term, id) in termIds) terms[id] = term;
        writer.Write(terms.Length);
        foreach (var term in terms) writer.Write(term);
        WriteArray(writer, postingStart);
        WriteArray(writer, postingDocs);
        WriteArray(writer, postingTf);
        WriteArray(writer, idf);
        WriteArray(writer, docNorm);
        WriteArray(writer, docWeight);
    }

    /// <summary>An index written by <see cref="WriteTo"/>; <see cref="InvalidDataException"/> when the bytes do not hold one.</summary>
    internal static Bm25Index ReadFrom(BinaryReader reader)
    {
        var documentCount = reader.ReadInt32();
        var k1 = reader.ReadSingle();
        var termCount = reader.ReadInt32();
        if (documentCount < 0 || termCount < 0 || termCount > reader.BaseStream.Length) throw new InvalidDataException("counts out of range");
        var termIds = new Dictionary<string, int>(termCount, StringComparer.Ordinal);
        for (var t = 0; t < termCount; t++)
            if (!termIds.TryAdd(reader.ReadString(), t)) throw new InvalidDataException("a term twice");
        var postingStart = ReadArray<int>(reader);
        var postingDocs = ReadArray<int>(reader);
        var postingTf = ReadArray<ushort>(reader);
        var idf = ReadArray<float>(reader);
        var docNorm = ReadArray<float>(reader);
        var docWeight = ReadArray<float>(reader);
        if (postingStart.Length != termCount + 1 || idf.Length != termCount || docNorm.Length != documentCount || docWeight.Length != documentCount
            || postingTf.Length != postingDocs.Length || postingStart[0] != 0 || postingStart[^1] != postingDocs.Length)
            throw new InvalidDataException("array lengths disagree");
        for (var t = 0; t < termCount; t++)
            if (postingStart[t + 1] < postingStart[t]) throw new InvalidDataException("postings out of order");
        foreach (var doc in postingDocs)
            if ((uint)doc >= (uint)documentCount) throw new InvalidDataException("a posting of no document");
        return new Bm25Index(termIds, postingStart, postingDocs, postingTf, idf, docNorm, docWeight, k1, documentCount);
    }

    private static void WriteArray<T>(BinaryWriter writer, T[] values) where T : unmanaged
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static T[] ReadArray<T>(BinaryReader reader) where T : unmanaged
    {
        var length = reader.ReadInt32();
        if (length < 0 || (long)length * Unsafe.SizeOf<T>() > reader.BaseStream.Length - reader.BaseStream.Position) throw new InvalidDataException("array out of range");
        var values = new T[length];
        if (reader.Read(MemoryMarshal.AsBytes(values.AsSpan())) != length * Unsafe.SizeOf<T>()) throw new InvalidDataException("truncated array");
        return values;
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
    internal void Score<TVisitor>(IReadOnlyList<string> queryTokens, ref TVisitor visitor) where TVisitor : struct, IBm25ScoreVisitor
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

    private void Accumulate(IReadOnlyList<string> queryTokens, Bm25Accumulator acc)
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

    private void AddTerm(int term, float weight, Bm25Accumulator acc, bool max)
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

    private Bm25Accumulator Rent() => accumulators.TryTake(out var acc) ? acc : new Bm25Accumulator(DocumentCount);

    private void Return(Bm25Accumulator acc)
    {
        if (accumulators.Count < Environment.ProcessorCount * 2) accumulators.Add(acc);
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
