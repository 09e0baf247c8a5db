namespace MetricAssistant.Understanding.Lexicon;

/// <summary>
/// A Bloom filter over words: "maybe one of them" or "certainly not". A probe touches two bits of a small array,
/// where a dictionary lookup in a lexicon of a million words misses the processor's caches several times; a caller
/// that tries millions of pieces, most of them no word, asks this first and the dictionary only on a "maybe".
/// </summary>
internal sealed class TermFilter
{
    private readonly ulong[] bits;
    private readonly int mask;

    /// <param name="capacity">About how many words will be added (eight bits each, rounded up to a power of two).</param>
    public TermFilter(int capacity)
    {
        var size = (int)Math.Min(1L << 30, Math.Max(64, (long)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, capacity)) * 8));
        bits = new ulong[size / 64];
        mask = size - 1;
    }

    public void Add(ReadOnlySpan<char> word)
    {
        var (a, b) = Positions(word);
        bits[a >> 6] |= 1UL << a;
        bits[b >> 6] |= 1UL << b;
    }

    /// <summary>False: the word was never added. True: it may have been.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        var (a, b) = Positions(word);
        return (bits[a >> 6] & (1UL << a)) != 0 && (bits[b >> 6] & (1UL << b)) != 0;
    }

    // FNV-1a over the characters; its two halves pick the two bits
    private (int, int) Positions(ReadOnlySpan<char> word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return ((int)hash & mask, (int)(hash >> 32) & mask);
    }
}
