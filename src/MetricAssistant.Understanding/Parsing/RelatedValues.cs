using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Lexicon;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// Values of two dimensions where one lies inside the other (the catalog's <c>within:</c>: a channel is online or
/// offline), asked together: "门店加线上一共多少访客", "visitors in stores and online". Joined by 加 / 和 / and / plus, or
/// with no row in common (门店 is offline), they are a union, never two filters whose intersection is empty: said on
/// the finer dimension (tmall + offline → channel in [tmall, store]), on the coarser one when it is exactly its values,
/// and no filter at all when they cover every value (store + online).
/// </summary>
public static partial class RelatedValues
{
    // What joins two values into one set: "门店加线上", "天猫和线下", "stores and online", "Tmall plus offline";
    // the place word repeated for the second ("into our stores or onto our online shops") joins as well; "进店的加线上的" with 的 after each;
    // so does the rest of a set the first lies in ("Tmall plus the other online channels", "天猫加上其他线上渠道").
    [GeneratedRegex(@"^\s*(的)?\s*(加上|加|再加上|外加|和|与|跟|及|以及|还有|或者|或是|或|、|,|，|/|&|\+|and|plus|as well as|or)\s*(the\s+|our\s+|in\s+|at\s+|from\s+|through\s+|on\s+|onto\s+|into\s+|to\s+|via\s+|over\s+|other\s+|rest\s+of\s+|其他|其它|别的|其余)*$")]
    private static partial Regex Joiner();

    /// <summary>Whether the text between two values joins them into one set ("加", " and our ", " plus ").</summary>
    public static bool IsJoiner(string between) => Joiner().IsMatch(between);

    public static SliceParser.Slices Apply(string text, IReadOnlyList<TermMatch> matches, SliceParser.Slices slices, SemanticCatalog catalog)
    {
        var filters = slices.Filters.ToList();
        var whole = new List<string>();
        foreach (var fine in slices.Filters.Where(f => f.Operator == QueryFilterOperator.In && !slices.GroupBy.Contains(f.Dimension)))
        {
            if (catalog.FindDimension(fine.Dimension) is not { } finer) continue;
            var coarse = filters.FirstOrDefault(f => f.Operator == QueryFilterOperator.In && f.Dimension != fine.Dimension && !slices.GroupBy.Contains(f.Dimension)
                && finer.Values.Count > 0 && finer.Values.All(v => v.Within.Any(w => w.Dimension == f.Dimension)));
            if (coarse is null || !filters.Contains(fine)) continue;
            var inside = finer.Values.ToDictionary(v => v.Code, v => v.Within.First(w => w.Dimension == coarse.Dimension).Code, StringComparer.Ordinal);
            var common = fine.Values.Where(code => coarse.Values.Contains(inside.GetValueOrDefault(code) ?? "")).ToList();
            // "线上的天猫": a value qualified by the set it lies in is that value (the filters' intersection, as asked).
            if (common.Count > 0 && !Joined(text, matches, fine, coarse, inside)) continue;
            filters.Remove(fine);
            var at = filters.IndexOf(coarse);
            filters.Remove(coarse);
            var compared = ValueComparison.Find(text).Success;
            if ((compared ? Sides(matches, fine, coarse, finer, inside) : Union(matches, fine, coarse, finer, inside)) is { } union) filters.Insert(at, union);
            else whole.AddRange([fine.Dimension, coarse.Dimension]);
        }
        return filters.Count == slices.Filters.Count ? slices : slices with { Filters = filters, Whole = [.. slices.Whole, .. whole] };
    }

    /// <summary>
    /// Whether two "in" filters of related dimensions share no row (channel in [store] and online_offline in [online]):
    /// a follow-up naming one replaces the other rather than keeping both ("线上的访客数" → "那门店呢").
    /// </summary>
    public static bool Disjoint(SemanticCatalog catalog, QueryFilter a, QueryFilter b)
    {
        if (a.Operator != QueryFilterOperator.In || b.Operator != QueryFilterOperator.In || a.Dimension == b.Dimension) return false;
        foreach (var (fine, coarse) in new[] { (a, b), (b, a) })
        {
            if (catalog.FindDimension(fine.Dimension) is not { Values.Count: > 0 } finer
                || !finer.Values.All(v => v.Within.Any(w => w.Dimension == coarse.Dimension))) continue;
            return !finer.Values.Any(v => fine.Values.Contains(v.Code) && coarse.Values.Contains(v.Within.First(w => w.Dimension == coarse.Dimension).Code));
        }
        return false;
    }

    /// <summary>The union said once, in the question's order; null when it is every value (no restriction).</summary>
    private static QueryFilter? Union(IReadOnlyList<TermMatch> matches, QueryFilter fine, QueryFilter coarse, DimensionDefinition finer, Dictionary<string, string> inside)
    {
        var codes = new List<string>();
        foreach (var (dimension, code) in Mentions(matches, fine, coarse))
            codes.AddRange(dimension == fine.Dimension ? [code] : finer.Values.Where(v => inside[v.Code] == code).Select(v => v.Code));
        codes = codes.Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count == finer.Values.Count) return null;
        var whole = codes.Select(c => inside[c]).Distinct(StringComparer.Ordinal).ToList();
        return whole.All(w => finer.Values.Where(v => inside[v.Code] == w).All(v => codes.Contains(v.Code)))
            ? new QueryFilter(coarse.Dimension, QueryFilterOperator.In, whole)
            : new QueryFilter(fine.Dimension, QueryFilterOperator.In, codes);
    }

    /// <summary>
    /// The values set side by side ("门店和线上分别多少", "门店和线上对比"): each said on the coarser dimension when it is the whole of
    /// a value there (门店 is all of offline: offline vs online), else all on the finer one, for the comparison to split.
    /// </summary>
    private static QueryFilter Sides(IReadOnlyList<TermMatch> matches, QueryFilter fine, QueryFilter coarse, DimensionDefinition finer, Dictionary<string, string> inside)
    {
        var mentions = Mentions(matches, fine, coarse).ToList();
        var whole = mentions.All(m => m.Dimension == coarse.Dimension
            || finer.Values.Where(v => inside[v.Code] == inside[m.Code]).All(v => fine.Values.Contains(v.Code)));
        if (whole)
            return new QueryFilter(coarse.Dimension, QueryFilterOperator.In,
                mentions.Select(m => m.Dimension == coarse.Dimension ? m.Code : inside[m.Code]).Distinct(StringComparer.Ordinal).ToArray());
        return Union(matches, fine, coarse, finer, inside) ?? new QueryFilter(fine.Dimension, QueryFilterOperator.In, finer.Values.Select(v => v.Code).ToArray());
    }

    private static IEnumerable<(string Dimension, string Code)> Mentions(IReadOnlyList<TermMatch> matches, QueryFilter fine, QueryFilter coarse) =>
        matches.SelectMany(m => m.Entries.Where(e => e.Kind == TermKind.DimensionValue && e.Code is not null
                && (e.Id == fine.Dimension && fine.Values.Contains(e.Code) || e.Id == coarse.Dimension && coarse.Values.Contains(e.Code)))
            .Take(1).Select(e => (e.Id, e.Code!)));

    /// <summary>
    /// Whether a value of each filter stands next to the other's with a joining word between. A bare comma after a value
    /// before the one it lies in is apposition, not a list ("GMV in Hangzhou, East China" is Hangzhou).
    /// </summary>
    private static bool Joined(string text, IReadOnlyList<TermMatch> matches, QueryFilter fine, QueryFilter coarse, Dictionary<string, string> inside)
    {
        var mentioned = matches.Where(m => m.Entries.Any(e => e.Kind == TermKind.DimensionValue && (e.Id == fine.Dimension || e.Id == coarse.Dimension))).ToList();
        for (var i = 0; i + 1 < mentioned.Count; i++)
        {
            var (a, b) = (mentioned[i], mentioned[i + 1]);
            var (first, second) = (a.Entries.First(e => e.Kind == TermKind.DimensionValue), b.Entries.First(e => e.Kind == TermKind.DimensionValue));
            if (first.Id == second.Id || b.Start < a.End || !Joiner().IsMatch(text[a.End..b.Start])) continue;
            var apposition = text[a.End..b.Start].Trim() is "," or "，" && first.Id == fine.Dimension
                && first.Code is not null && inside.GetValueOrDefault(first.Code) == second.Code;
            if (!apposition) return true;
        }
        return false;
    }
}
