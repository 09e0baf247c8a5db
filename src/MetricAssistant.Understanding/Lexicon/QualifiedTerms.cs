using System.Text.RegularExpressions;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Lexicon;

/// <summary>
/// A metric name whose qualifier is set apart from the rest: "净 GMV", "下单的GMV", "net-gmv", "GMV (ordered)",
/// "orders (paid)", "支付的订单数". The catalog's own names (净GMV, net GMV, 支付订单数) are split into a qualifier
/// and a shorter name that means something else (GMV, orders); where the question has that qualifier next to
/// that shorter name, with only spaces, hyphens, brackets or 的 between, it means the longer name.
/// </summary>
public sealed partial class QualifiedTerms
{
    internal sealed record Qualified(string Qualifier, bool Before, IReadOnlyList<LexiconEntry> Entries);

    private readonly Dictionary<string, List<Qualified>> byName = new(StringComparer.Ordinal);

    /// <summary>The table kept in a <see cref="ReaderTableSnapshot"/>, each name's qualifiers in their order.</summary>
    internal QualifiedTerms(Dictionary<string, List<Qualified>> kept) => byName = kept;

    /// <summary>Each shorter name with the qualifiers that make it a longer one, longest qualifier first.</summary>
    internal IReadOnlyDictionary<string, List<Qualified>> ByName => byName;

    public QualifiedTerms(CatalogLexicon lexicon)
    {
        // What each name's list already holds: a name many metrics end in ("订单数" in a 100k catalog) gathers thousands
        // of qualifiers, and scanning its list for each new one was quadratic.
        var listed = new HashSet<(string Name, string Qualifier, bool Before)>();
        // Every split of every metric name is looked up, about ten million lookups in a 100k catalog, most of them of
        // no word at all: the filter of metric names answers those without touching the lexicon.
        var names = new TermFilter(lexicon.Count);
        foreach (var term in lexicon.Terms)
            if (AllMetrics(lexicon.Lookup(term))) names.Add(term);
        foreach (var term in lexicon.Terms)
        {
            var entries = lexicon.Lookup(term);
            if (entries.Count != 1 || entries[0].Kind != TermKind.Metric) continue;
            for (var k = 1; k < term.Length; k++)
            {
                // Latin words split at a space only: "net gmv" is "net" + "gmv", never "ne" + "t gmv".
                if (IsLatin(term[k - 1]) && IsLatin(term[k])) continue;
                Consider(lexicon, names, term, 0, k, k, term.Length - k, before: true, entries, listed);
                Consider(lexicon, names, term, k, term.Length - k, 0, k, before: false, entries, listed);
            }
        }
        foreach (var list in byName.Values) list.Sort((a, b) => b.Qualifier.Length.CompareTo(a.Qualifier.Length));
    }

    // The qualifier and the name are parts of the term (trimmed); strings are made only for a name the lexicon knows.
    private void Consider(CatalogLexicon lexicon, TermFilter names, string term, int qualifierStart, int qualifierLength, int nameStart, int nameLength, bool before,
        IReadOnlyList<LexiconEntry> entries, HashSet<(string, string, bool)> listed)
    {
        var qualifierSpan = term.AsSpan(qualifierStart, qualifierLength).Trim();
        var nameSpan = term.AsSpan(nameStart, nameLength).Trim();
        if (qualifierSpan.Length == 0 || nameSpan.Length == 0 || !names.MayContain(nameSpan)) return;
        var meaning = lexicon.Lookup(nameSpan);
        if (meaning.Count == 0 || meaning.SequenceEqual(entries) || !AllMetrics(meaning)) return;
        var (qualifier, name) = (qualifierSpan.ToString(), nameSpan.ToString());
        if (!byName.TryGetValue(name, out var list)) byName[name] = list = [];
        if (listed.Add((name, qualifier, before))) list.Add(new Qualified(qualifier, before, entries));
    }

    private static bool AllMetrics(IReadOnlyList<LexiconEntry> entries)
    {
        for (var i = 0; i < entries.Count; i++)
            if (entries[i].Kind is not (TermKind.Metric or TermKind.AmbiguousMetric)) return false;
        return entries.Count > 0;
    }

    // What may stand between a qualifier and its name: "净 gmv", "下单的gmv", "net-gmv", "gmv (ordered)"
    [GeneratedRegex(@"^[\s\-_()\[\]【】的]*$")]
    private static partial Regex Separator();

    /// <summary>The matches with each qualified name joined into one; the qualifier's own matches, if any, are absorbed.</summary>
    public IReadOnlyList<TermMatch> Join(string text, IReadOnlyList<TermMatch> matches, bool[] blocked)
    {
        var result = matches.ToList();
        foreach (var match in matches)
        {
            if (!byName.TryGetValue(match.Text, out var candidates)) continue;
            foreach (var candidate in candidates)
            {
                if (Locate(text, match, candidate) is not var (start, end)) continue;
                var inside = result.Where(m => m != match && m.Start < end && m.End > start).ToList();
                // A qualifier that is a value of its own ("e-commerce", 线上) stays that value.
                if (inside.Any(m => m.Start < start || m.End > end || m.Entries.Any(e => e.Kind is TermKind.Dimension or TermKind.DimensionValue))) continue;
                if (Array.IndexOf(blocked, true, start, end - start) >= 0) continue;
                result.RemoveAll(m => m == match || inside.Contains(m));
                result.Add(new TermMatch(start, end - start, text[start..end], candidate.Entries));
                break;
            }
        }
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    /// <summary>Where the qualifier stands: before the name as in the catalog ("净 gmv"), or after it as said in the catalog or in brackets ("gmv（下单）").</summary>
    private static (int Start, int End)? Locate(string text, TermMatch match, Qualified candidate)
    {
        var q = candidate.Qualifier;
        // Before the name: "<q><separators><name>"
        for (var s = match.Start - q.Length; s >= 0 && s >= match.Start - q.Length - 3; s--)
        {
            if (!candidate.Before || string.CompareOrdinal(text, s, q, 0, q.Length) != 0) continue;
            if (Separator().IsMatch(text[(s + q.Length)..match.Start]) && WordStart(text, s, q)) return (s, match.End);
        }
        // After the name: "<name><separators><q>", the catalog's order ("gmv-net") or any qualifier in brackets ("gmv (ordered)")
        for (var e = match.End + q.Length; e <= text.Length && e <= match.End + q.Length + 3; e++)
        {
            if (string.CompareOrdinal(text, e - q.Length, q, 0, q.Length) != 0) continue;
            var between = text[match.End..(e - q.Length)];
            if (!Separator().IsMatch(between) || !WordEnd(text, e, q)) continue;
            var bracketed = between.TrimEnd().EndsWith('(') || between.TrimEnd().EndsWith('【') || between.TrimEnd().EndsWith('[');
            if (!candidate.Before || bracketed) return (match.Start, bracketed && e < text.Length && text[e] is ')' or ']' or '】' ? e + 1 : e);
        }
        return null;
    }

    private static bool WordStart(string text, int start, string q) => !IsLatin(q[0]) || start == 0 || !IsLatin(text[start - 1]);

    private static bool WordEnd(string text, int end, string q) => !IsLatin(q[^1]) || end == text.Length || !IsLatin(text[end]);

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c) && !TextNormalizer.IsCjk(c);
}
