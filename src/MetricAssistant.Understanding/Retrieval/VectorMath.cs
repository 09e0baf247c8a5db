using System.Numerics;
using System.Runtime.InteropServices;

namespace MetricAssistant.Understanding.Retrieval;

/// <summary>Dot products (SIMD) and normalisation shared by the in-memory store's write and search paths.</summary>
internal static class VectorMath
{
    internal static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var length = Math.Min(a.Length, b.Length);
        var sum = 0f;
        var i = 0;
        if (Vector.IsHardwareAccelerated && length >= Vector<float>.Count)
        {
            var acc = Vector<float>.Zero;
            var va = MemoryMarshal.Cast<float, Vector<float>>(a[..length]);
            var vb = MemoryMarshal.Cast<float, Vector<float>>(b[..length]);
            for (var k = 0; k < va.Length; k++) acc += va[k] * vb[k];
            sum = Vector.Sum(acc);
            i = va.Length * Vector<float>.Count;
        }
        for (; i < length; i++) sum += a[i] * b[i];
        return sum;
    }

    internal static float[] Normalize(ReadOnlySpan<float> vector)
    {
        var copy = vector.ToArray();
        var norm = MathF.Sqrt(Dot(copy, copy));
        if (norm > 0 && MathF.Abs(norm - 1f) > 1e-6f)
            for (var i = 0; i < copy.Length; i++) copy[i] /= norm;
        return copy;
    }
}
