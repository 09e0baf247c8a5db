using MetricAssistant.Understanding.Text;
using MetricAssistant.Understanding.Text.Segmentation;
using Microsoft.Extensions.AI;

namespace MetricAssistant.Understanding.Retrieval;

/// <summary>
/// The offline default embedding: deterministic feature hashing, no model and no download. Text is normalised;
/// Chinese runs contribute character 1-, 2- and 3-grams; Latin words contribute the (plural-stemmed) word and
/// its character 3- and 4-grams with boundary marks, so a misspelt word ("reveune", "convertion") still shares
/// most features with the right one. Each feature lands in one of <see cref="Dimensions"/> buckets with a hashed
/// sign; the vector is L2-normalised. Question filler and time words (的, 是多少, 上个月, what, last …) are left
/// out so that questions are not similar merely for being questions. Same text, same vector, on every machine.
/// <para>
/// 4096 dimensions by default. Chance collisions are what limits feature hashing: at 512 dimensions a
/// two-character query reached cosine 0.35 with some unrelated document of the demo catalog, at 4096 about 0.2
/// (dense hits below 0.25 are ignored for this embedding). Vectors are very sparse (a name touches a few dozen
/// dimensions), so the in-process store keeps them sparse and its search gets faster with more dimensions
/// (shorter postings per dimension). A dense store (Qdrant) holds 16 KiB per document at 4096: configure fewer
/// dimensions there for very large catalogs, or use an embedding model.
/// </para>
/// </summary>
public sealed class HashingEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string Provider = "hashing";

    /// <summary>Changes whenever the features or hashing change, so persisted vectors of an older scheme are not reused.</summary>
    public const string ModelId = "hashing-ngram-v2";

    public const int DefaultDimensions = 4096;

    private const float CjkUnigramWeight = 0.3f;
    private const float CjkBigramWeight = 1.0f;
    private const float CjkTrigramWeight = 0.8f;
    private const float WordWeight = 0.5f;
    private const float CharGramWeight = 0.6f;

    private readonly EmbeddingGeneratorMetadata metadata;

    public HashingEmbeddingGenerator(int dimensions = DefaultDimensions)
    {
        if (dimensions is < 16 or > 65536) throw new ArgumentOutOfRangeException(nameof(dimensions), "dimensions must be between 16 and 65536");
        Dimensions = dimensions;
        metadata = new EmbeddingGeneratorMetadata(Provider, null, ModelId, dimensions);
    }

    public int Dimensions { get; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (options?.Dimensions is { } requested && requested != Dimensions)
            throw new NotSupportedException($"this generator makes {Dimensions}-dimensional vectors, not {requested}");
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var value in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            result.Add(new Embedding<float>(Embed(value)) { ModelId = ModelId, CreatedAt = null });
        }
        return Task.FromResult(result);
    }

    /// <summary>The vector of one text (all zeros for text without letters, digits or CJK characters).</summary>
    public float[] Embed(string text)
    {
        var vector = new float[Dimensions];
        if (string.IsNullOrWhiteSpace(text)) return vector;
        var normalized = TextNormalizer.Normalize(text.Length > 4 * TextNormalizer.MaxLength ? text[..(4 * TextNormalizer.MaxLength)] : text);
        var i = 0;
        while (i < normalized.Length)
        {
            var c = normalized[i];
            if (TextNormalizer.IsCjk(c))
            {
                var start = i;
                while (i < normalized.Length && TextNormalizer.IsCjk(normalized[i])) i++;
                AddCjkRun(normalized.AsSpan(start, i - start), vector);
            }
            else if (MixedTextTokenizer.IsLatinOrDigit(c))
            {
                var start = i;
                while (i < normalized.Length && MixedTextTokenizer.IsLatinOrDigit(normalized[i])) i++;
                AddWord(normalized[start..i], vector);
            }
            else
            {
                i++;
            }
        }
        Normalize(vector);
        return vector;
    }

    private void AddCjkRun(ReadOnlySpan<char> run, float[] vector)
    {
        var masked = FillerMask(run);
        for (var n = 1; n <= 3; n++)
        {
            var weight = n switch { 1 => CjkUnigramWeight, 2 => CjkBigramWeight, _ => CjkTrigramWeight };
            for (var s = 0; s + n <= run.Length; s++)
            {
                if (masked is not null && AllMasked(masked, s, n)) continue;
                Add(vector, (char)('0' + n), run.Slice(s, n), weight);
            }
        }
    }

    private void AddWord(string word, float[] vector)
    {
        if (MixedTextTokenizer.EnglishStopWords.Contains(word)) return;
        var stem = MixedTextTokenizer.Stem(word);
        Add(vector, 'w', stem, WordWeight);
        if (stem.Length < 2 || char.IsAsciiDigit(stem[0])) return;
        Span<char> padded = stackalloc char[stem.Length + 2];
        padded[0] = '<';
        stem.AsSpan().CopyTo(padded[1..]);
        padded[^1] = '>';
        for (var n = 3; n <= 4; n++)
            for (var s = 0; s + n <= padded.Length; s++)
                Add(vector, 'g', padded.Slice(s, n), CharGramWeight);
    }

    /// <summary>Marks characters covered by filler or time words (longest match first); null when there are none.</summary>
    private static bool[]? FillerMask(ReadOnlySpan<char> run)
    {
        bool[]? mask = null;
        var lookup = MixedTextTokenizer.ChineseStopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < run.Length)
        {
            var matched = 0;
            for (var n = Math.Min(3, run.Length - i); n >= 1; n--)
            {
                var piece = run.Slice(i, n);
                if (n == 1 && !SingleCharFiller.Contains(piece[0])) continue;
                if (lookup.Contains(piece)) { matched = n; break; }
            }
            if (matched == 0) { i++; continue; }
            mask ??= new bool[run.Length];
            for (var k = i; k < i + matched; k++) mask[k] = true;
            i += matched;
        }
        return mask;
    }

    // Single characters masked by themselves: pure function words. Others (天, 月, 年 …) are kept because they
    // also start real words (天猫, 月活) and this greedy match does not segment.
    private static readonly HashSet<char> SingleCharFiller = ['的', '了', '吗', '呢', '吧', '啊', '呀', '是'];

    private static bool AllMasked(bool[] mask, int start, int length)
    {
        for (var k = start; k < start + length; k++) if (!mask[k]) return false;
        return true;
    }

    private void Add(float[] vector, char kind, ReadOnlySpan<char> feature, float weight)
    {
        var hash = 14695981039346656037UL ^ kind;
        hash *= 1099511628211UL;
        foreach (var ch in feature)
        {
            hash ^= ch;
            hash *= 1099511628211UL;
        }
        hash = Mix(hash);
        var bucket = (int)((hash & 0x7fffffffffffffffUL) % (ulong)vector.Length);
        vector[bucket] += (hash >> 63) == 0 ? weight : -weight;
    }

    /// <summary>murmur3's 64-bit finaliser: spreads the bits over the whole word.</summary>
    private static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return h;
    }

    private static void Normalize(float[] vector)
    {
        var sum = 0.0;
        foreach (var x in vector) sum += x * x;
        if (sum == 0) return;
        var scale = (float)(1.0 / Math.Sqrt(sum));
        for (var i = 0; i < vector.Length; i++) vector[i] *= scale;
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null) return null;
        if (serviceType == typeof(EmbeddingGeneratorMetadata)) return metadata;
        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    public void Dispose()
    {
    }
}
