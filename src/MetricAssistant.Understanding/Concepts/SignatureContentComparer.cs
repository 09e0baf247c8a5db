using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// Signatures equal in what a concept profile is made of — shape, subjects, states, declared and defining words, and
/// parts of equal content — whatever metric they are of (its id, better direction and excluded states play no part).
/// Two signatures equal here give the same profile, so <see cref="ConceptScorer"/> works it out once.
/// </summary>
internal sealed class SignatureContentComparer : IEqualityComparer<MetricSignature>
{
    public static readonly SignatureContentComparer Instance = new();

    public bool Equals(MetricSignature? x, MetricSignature? y) =>
        ReferenceEquals(x, y)
        || (x is not null && y is not null && x.Shape == y.Shape
            && Same(x.Subjects, y.Subjects) && Same(x.States, y.States) && Same(x.Declared, y.Declared) && Same(x.Defining, y.Defining) && Same(x.Origin, y.Origin)
            && Equals(x.Numerator, y.Numerator) && Equals(x.Denominator, y.Denominator));

    public int GetHashCode(MetricSignature signature)
    {
        var hash = new HashCode();
        hash.Add(signature.Shape);
        Add(ref hash, signature.Subjects);
        Add(ref hash, signature.States);
        Add(ref hash, signature.Declared);
        Add(ref hash, signature.Defining);
        Add(ref hash, signature.Origin);
        hash.Add(signature.Numerator is null ? 0 : GetHashCode(signature.Numerator));
        hash.Add(signature.Denominator is null ? 0 : GetHashCode(signature.Denominator));
        return hash.ToHashCode();
    }

    private static void Add(ref HashCode hash, IReadOnlyList<string> words)
    {
        hash.Add(words.Count);
        foreach (var word in words) hash.Add(word, StringComparer.Ordinal);
    }

    private static bool Same(IReadOnlyList<string> x, IReadOnlyList<string> y)
    {
        if (x.Count != y.Count) return false;
        for (var i = 0; i < x.Count; i++)
            if (!string.Equals(x[i], y[i], StringComparison.Ordinal)) return false;
        return true;
    }
}
