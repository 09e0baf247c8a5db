using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// Chinese dimension names typed with one homophone where a split names one: "按渠到看看" → 渠道, "各成市" → 城市. Only
/// right after 按 / 分 / 各 / 每, where a dimension name is expected, and only when one name is that close; the sounds are
/// those of <see cref="ChineseTypoMatcher"/>. Built from the catalog's few dimensions, never from the whole lexicon.
/// </summary>
public sealed class ChineseDimensionTypos
{
    private readonly Dictionary<string, IReadOnlyList<LexiconEntry>> names = new(StringComparer.Ordinal);
    private readonly int[] lengths;

    public ChineseDimensionTypos(SemanticCatalog catalog, CatalogLexicon lexicon)
    {
        foreach (var dimension in catalog.Dimensions.Values)
            foreach (var name in dimension.Synonyms.Prepend(dimension.Name.Zh).Select(TextNormalizer.Normalize).Where(n => n.Length >= 2 && n.All(TextNormalizer.IsCjk)))
                if (lexicon.Lookup(name) is { Count: > 0 } entries && entries.All(e => e.Kind == TermKind.Dimension))
                    names.TryAdd(name, entries);
        lengths = [.. names.Keys.Select(n => n.Length).Distinct().OrderDescending()];
    }

    /// <summary>The dimension names typed a homophone off in the untaken text, each after a split word.</summary>
    public IEnumerable<TermMatch> Find(string text, bool[] taken)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i - 1] is not ('按' or '分' or '各' or '每')) continue;
            foreach (var length in lengths)
            {
                if (i + length > text.Length || Array.IndexOf(taken, true, i, length) >= 0) continue;
                var window = text.Substring(i, length);
                if (names.ContainsKey(window)) break;
                var meant = Corrected(window).Distinct(StringComparer.Ordinal).ToList();
                if (meant.Count == 0) continue;
                if (meant.Count == 1) yield return new TermMatch(i, length, window, names[meant[0]], Fuzzy: true);
                break;
            }
        }
    }

    private IEnumerable<string> Corrected(string window)
    {
        var chars = window.ToCharArray();
        for (var k = 0; k < chars.Length; k++)
        {
            var typed = window[k];
            if (!ChineseTypoMatcher.Typo(typed)) continue;
            foreach (var meant in ChineseTypoMatcher.Meant(typed))
            {
                chars[k] = meant;
                var name = new string(chars);
                if (names.ContainsKey(name)) yield return name;
            }
            chars[k] = typed;
        }
    }
}
