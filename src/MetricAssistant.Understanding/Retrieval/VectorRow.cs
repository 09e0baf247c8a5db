namespace MetricAssistant.Understanding.Retrieval;

/// <summary>A stored, normalised vector: sparse (indices and values) when mostly zero, else dense.</summary>
internal readonly record struct VectorRow(int[]? Indices, float[] Values)
{
    public int NonZero => Indices?.Length ?? CountNonZero(Values);

    public static VectorRow From(ReadOnlySpan<float> vector)
    {
        var sum = 0.0;
        var nonZero = 0;
        foreach (var x in vector)
        {
            if (x == 0) continue;
            nonZero++;
            sum += (double)x * x;
        }
        var scale = sum > 0 ? (float)(1.0 / Math.Sqrt(sum)) : 0f;
        if (nonZero * 2 >= vector.Length)
        {
            var dense = new float[vector.Length];
            for (var i = 0; i < vector.Length; i++) dense[i] = vector[i] * scale;
            return new VectorRow(null, dense);
        }
        var indices = new int[nonZero];
        var values = new float[nonZero];
        for (int i = 0, k = 0; i < vector.Length; i++)
        {
            if (vector[i] == 0) continue;
            indices[k] = i;
            values[k++] = vector[i] * scale;
        }
        return new VectorRow(indices, values);
    }

    private static int CountNonZero(float[] values)
    {
        var n = 0;
        foreach (var x in values) if (x != 0) n++;
        return n;
    }
}
