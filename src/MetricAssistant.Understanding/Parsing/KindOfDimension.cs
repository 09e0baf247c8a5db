using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// Two splits the words of a dimension hide: "哪类门店", "which kind of store" ask for the kind (store_type), not the
/// stores; "top 3 flagship stores", "前5家旗舰店" rank the stores of that kind, and "每家旗舰店", "each flagship store" split by
/// them, the value's own word naming what is split.
/// </summary>
public static partial class KindOfDimension
{
    // Just before a dimension word: "哪类", "哪种", "哪一类", "哪几类", "哪些类型的", "什么类型的", "which kind of", "what type of", "what sort of"
    [GeneratedRegex(@"(哪\s*(一|几|些)?\s*(类|种|类型|种类)(的)?|什么\s*(类型|种类|类|样)的?|\b(which|what)\s+(kinds?|types?|sorts?|categor(y|ies))\s+of)\s*$")]
    private static partial Regex KindBefore();

    // A kind word right before a word for goods: "哪类商品", "哪一类的产品", "什么类的货"
    [GeneratedRegex(@"(哪\s*(一|几|些)?\s*(类|种类|大类)|什么\s*(类|种类|大类))\s*的?\s*(商品|产品|货品|货|东西)")]
    private static partial Regex KindOfGoods();

    public static SliceParser.Slices Apply(string text, IReadOnlyList<TermMatch> matches, SliceParser.Slices slices, SemanticCatalog catalog, CatalogLexicon lexicon, bool ranking)
    {
        var groupBy = slices.GroupBy.ToList();
        foreach (var match in matches)
        {
            var dimension = match.Entries.FirstOrDefault(e => e.Kind == TermKind.Dimension);
            if (dimension is null || !KindBefore().IsMatch(text[..match.Start])) continue;
            var kind = dimension.Id + "_type";
            if (catalog.FindDimension(kind) is null) continue;
            var at = groupBy.IndexOf(dimension.Id);
            if (at >= 0) groupBy[at] = kind;
            else if (!groupBy.Contains(kind)) groupBy.Add(kind);
        }
        // "哪一类商品毛利率最差", "什么类的产品卖得最好": a kind of goods asked is the catalog's kind of goods (the dimension its
        // 品类 / category names), where no other split was asked.
        if (groupBy.Count == 0 && KindOfGoods().Match(text) is { Success: true }
            && (lexicon.Lookup("品类").Concat(lexicon.Lookup("category")).FirstOrDefault(e => e.Kind == TermKind.Dimension) is { } goods))
            groupBy.Add(goods.Id);
        // "the top 3 flagship stores": a ranking with nothing split, whose value ends in another dimension's word, ranks that;
        // "每家旗舰店", "每间奥特莱斯店", "each flagship store" ask for each of them: that split, the value still a filter.
        if (groupBy.Count == 0)
        {
            foreach (var match in matches)
            {
                var value = match.Entries.FirstOrDefault(e => e.Kind == TermKind.DimensionValue);
                if (value is null || !ranking && !SliceParser.EachBefore(text[..match.Start])) continue;
                if (EndingDimension(match.Text, lexicon) is { } ranked && ranked != value.Id && catalog.FindDimension(ranked) is not null)
                {
                    groupBy.Add(ranked);
                    break;
                }
            }
        }
        return groupBy.SequenceEqual(slices.GroupBy) ? slices : slices with { GroupBy = groupBy };
    }

    /// <summary>The dimension whose word ends a value's name: "旗舰店" → store (店), "flagship stores" → store.</summary>
    private static string? EndingDimension(string name, CatalogLexicon lexicon)
    {
        var words = name.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var candidates = new List<string>();
        if (words.Length > 1)
        {
            candidates.Add(words[^1]);
            if (words[^1].EndsWith('s')) candidates.Add(words[^1][..^1]);
        }
        else
        {
            // the value's own part before the word: "旗舰店", not "门店" (a channel's name)
            for (var n = Math.Min(2, name.Length - 2); n >= 1; n--)
                if (TextNormalizer.IsCjk(name[^n])) candidates.Add(name[^n..]);
        }
        foreach (var candidate in candidates)
            if (lexicon.Lookup(candidate).FirstOrDefault(e => e.Kind == TermKind.Dimension) is { } entry) return entry.Id;
        return null;
    }
}
