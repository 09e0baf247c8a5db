using System.Numerics;
using System.Runtime.InteropServices;

namespace MetricAssistant.Retrieval;

/// <summary>
/// A fast 64-bit checksum (xxHash64's rounds over four lanes, several GB/s) that detects a corrupt or torn index
/// file; not cryptographic. Chained: each span's checksum is seeded with the previous one, so the sections of a
/// file can be checked as they are read.
/// </summary>
internal static class IndexChecksum
{
    private const ulong P1 = 11400714785074694791UL;
    private const ulong P2 = 14029467366897019727UL;
    private const ulong P3 = 1609587929392839161UL;
    private const ulong P4 = 9650029242287828579UL;
    private const ulong P5 = 2870177450012600261UL;

    public static ulong Append(ulong seed, ReadOnlySpan<byte> data)
    {
        // unaligned reads are fine on the little-endian machines the file is written on (the format refuses others)
        var words = MemoryMarshal.Cast<byte, ulong>(data);
        ulong a = seed + P1 + P2, b = seed + P2, c = seed, d = seed - P1;
        var i = 0;
        for (; i + 4 <= words.Length; i += 4)
        {
            a = Round(a, words[i]);
            b = Round(b, words[i + 1]);
            c = Round(c, words[i + 2]);
            d = Round(d, words[i + 3]);
        }
        var h = BitOperations.RotateLeft(a, 1) + BitOperations.RotateLeft(b, 7) + BitOperations.RotateLeft(c, 12) + BitOperations.RotateLeft(d, 18);
        h += (ulong)data.Length;
        for (; i < words.Length; i++) h = BitOperations.RotateLeft(h ^ Round(0, words[i]), 27) * P1 + P4;
        for (var k = words.Length * 8; k < data.Length; k++) h = BitOperations.RotateLeft(h ^ (data[k] * P5), 11) * P1;
        h ^= h >> 33;
        h *= P2;
        h ^= h >> 29;
        h *= P3;
        h ^= h >> 32;
        return h;
    }

    private static ulong Round(ulong accumulator, ulong input) => BitOperations.RotateLeft(accumulator + input * P2, 31) * P1;
}
