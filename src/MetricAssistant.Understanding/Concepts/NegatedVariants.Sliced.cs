using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// The words of a slice inside a definition ruled out: "不是门店预约那个" describes the appointment conversion (appointments are
/// in-store; they have no channel), "不要门店那个口径" names a way of counting. Such words describe the definition, never a slice
/// of what is asked, so they are read and make no filter.
/// </summary>
public sealed partial class NegatedVariants
{
    // Words that say outright a definition is meant (not the bare 那个 / "one", which may point at a slice too).
    private static readonly string[] DefinitionHeads = ["口径", "算法", "版本", "那套", "这套", "definition", "version", "methodology"];

    /// <summary>Each dimension value's words (normalised), with the dimensions whose value they name.</summary>
    private static Dictionary<string, HashSet<string>> ValueWords(SemanticCatalog catalog)
    {
        var words = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var dimension in catalog.Dimensions.Values)
            foreach (var value in dimension.Values)
                foreach (var word in new[] { value.Name.Zh, value.Name.En }.Concat(value.Synonyms).Select(TextNormalizer.Normalize).Where(w => w.Length >= 2))
                {
                    if (!words.TryGetValue(word, out var dimensions)) words[word] = dimensions = new HashSet<string>(StringComparer.Ordinal);
                    dimensions.Add(dimension.Id);
                }
        return words;
    }

    /// <summary>The longest dimension value's word at <paramref name="at"/> (whole words for Latin ones), with the dimensions it is a value of.</summary>
    private (int End, IReadOnlySet<string> Dimensions)? ValueAt(string text, int at)
    {
        for (var length = Math.Min(longestValue, text.Length - at); length >= 2; length--)
        {
            var end = at + length;
            if (IsLatin(text[end - 1]) && end < text.Length && IsLatin(text[end]) || IsLatin(text[at]) && at > 0 && IsLatin(text[at - 1])) continue;
            if (valueWords.TryGetValue(text.Substring(at, length), out var dimensions)) return (end, dimensions);
        }
        return null;
    }

    /// <summary>Whether the variant reaches none of the dimensions: a value of them can only describe it, never slice it.</summary>
    private bool Unsliceable(string metricId, IEnumerable<string> dimensions) =>
        catalog.Reach.For(metricId) is not { } reach || !dimensions.Any(reach.Reaches);

    /// <summary>
    /// "不要门店那个口径", "not the in-store version": a negation, values of slices and a word saying a definition is meant; the
    /// spans, whose words name a way of counting and make no filter.
    /// </summary>
    public IReadOnlyList<TextSpan> RuledOutSliceDefinitions(string text)
    {
        var spans = new List<TextSpan>();
        foreach (var (negation, length) in NegationsIn(text))
        {
            var at = SkipFillers(text, negation + length);
            var values = 0;
            while (ValueAt(text, at) is { } value)
            {
                values++;
                at = SkipFillers(text, value.End);
                while (at < text.Length && text[at] is ' ' or '的' or '那' or '个') at++;
            }
            if (values == 0) continue;
            if (DefinitionHeads.FirstOrDefault(h => text.AsSpan(at).StartsWith(h, StringComparison.Ordinal)) is { } head)
                spans.Add(new TextSpan(negation, at + head.Length - negation));
        }
        return spans;
    }
}
