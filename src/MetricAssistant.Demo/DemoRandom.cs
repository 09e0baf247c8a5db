namespace MetricAssistant.Demo;

/// <summary>
/// xoshiro256** seeded through SplitMix64: a small, fast PRNG whose sequence is fixed by its seed on every
/// runtime (unlike <see cref="System.Random"/>, whose algorithm is not a contract). A mutable struct: keep it
/// in a field or local and pass it by <c>ref</c>.
/// </summary>
internal struct DemoRandom
{
    private ulong _s0, _s1, _s2, _s3;

    public DemoRandom(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>An independent stream for one part of the data: same (seed, stream, part) → same sequence.</summary>
    public static DemoRandom ForStream(int seed, ulong stream, ulong part = 0)
    {
        var x = unchecked((ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ stream * 0xD1B54A32D192ED03UL ^ part * 0xABC98388FB8FAC03UL);
        var mixed = SplitMix64(ref x);
        return new DemoRandom(mixed ^ SplitMix64(ref x));
    }

    public static ulong SplitMix64(ref ulong state)
    {
        unchecked
        {
            var z = state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>A stateless hash of a value to [0, 1): per-entity traits that need no stored state.</summary>
    public static double Hash01(int seed, ulong stream, ulong value)
    {
        var x = unchecked((ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ stream * 0xD1B54A32D192ED03UL ^ value * 0xABC98388FB8FAC03UL);
        SplitMix64(ref x);
        return (SplitMix64(ref x) >> 11) * (1.0 / (1UL << 53));
    }

    public ulong NextUInt64()
    {
        unchecked
        {
            var result = RotateLeft(_s1 * 5, 7) * 9;
            var t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, n) (multiply-shift; the bias is below 2^-32 and irrelevant here).</summary>
    public int NextInt(int n) => (int)(((NextUInt64() >> 32) * (ulong)n) >> 32);

    /// <summary>Uniform in [low, highExclusive).</summary>
    public int NextInt(int low, int highExclusive) => low + NextInt(highExclusive - low);

    public double NextDouble(double low, double high) => low + (high - low) * NextDouble();

    public bool Chance(double p) => NextDouble() < p;

    /// <summary>Standard normal (Box–Muller, one value per call).</summary>
    public double NextNormal()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public double LogNormal(double median, double sigma) => median * Math.Exp(sigma * NextNormal());

    /// <summary>Poisson-distributed count (Knuth below 30, normal approximation above).</summary>
    public int Poisson(double lambda)
    {
        if (lambda <= 0) return 0;
        if (lambda < 30)
        {
            var limit = Math.Exp(-lambda);
            var k = 0;
            var p = NextDouble();
            while (p > limit)
            {
                k++;
                p *= NextDouble();
            }
            return k;
        }
        var v = Math.Round(lambda + Math.Sqrt(lambda) * NextNormal());
        return v < 0 ? 0 : (int)v;
    }

    /// <summary>Index drawn from a cumulative weight table (last entry = total).</summary>
    public int Pick(double[] cumulative)
    {
        var x = NextDouble() * cumulative[^1];
        var lo = 0;
        var hi = cumulative.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (cumulative[mid] > x) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    /// <summary>The cumulative table <see cref="Pick"/> draws from, built from weights.</summary>
    public static double[] Cumulative(double[] weights)
    {
        var result = new double[weights.Length];
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += weights[i];
            result[i] = sum;
        }
        return result;
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
