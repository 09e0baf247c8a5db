using MetricAssistant.Understanding.Concepts;
using MetricAssistant.Understanding.Lexicon;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// A place said inside the words that describe a metric ("came into our stores", "walked into our stores"): alone it is the
/// description (visitors came in), no filter; joined to another place ("… or onto our online shops", "… and online") it is
/// one of the places listed, read as a value, so the places together may cover the whole dimension and restrict nothing.
/// The second place may come with its own described word between ("… or browsed our online shops", 或者逛过线上店).
/// </summary>
public static class DescribedPlaces
{
    /// <summary>The slice terms with each held place that stands joined to a value of the slices put back, in order.</summary>
    public static List<TermMatch> Joined(string text, List<TermMatch> slices, IReadOnlyList<TermMatch> held, IEnumerable<TextSpan> described)
    {
        if (held.Count == 0) return slices;
        var chars = text.ToCharArray();
        foreach (var span in described) Array.Fill(chars, ' ', span.Start, Math.Min(span.Length, chars.Length - span.Start));
        text = new string(chars);
        var values = slices.Where(IsValue).ToList();
        var back = held.Where(h => !slices.Any(t => t.Start < h.End && h.Start < t.End)
            && values.Any(v => v.Start >= h.End && RelatedValues.IsJoiner(text[h.End..v.Start])
                || v.End <= h.Start && RelatedValues.IsJoiner(text[v.End..h.Start])))
            // "our stores" joined to a place is the in-store value, one of the places, never the set of stores.
            .Select(h => h with { Entries = [.. h.Entries.Where(e => e.Kind == TermKind.DimensionValue)] }).ToList();
        if (back.Count == 0) return slices;
        var result = slices.Concat(back).ToList();
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private static bool IsValue(TermMatch term) => term.Entries.Any(e => e.Kind == TermKind.DimensionValue);
}
