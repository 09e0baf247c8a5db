using System.Text.RegularExpressions;
using MetricAssistant.Compiler.Queries;
using MetricAssistant.Understanding.Lexicon;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// Decides for each dimension word and value whether it splits the answer (各渠道, by region, 哪个门店)
/// or restricts it (华东, 天猫, 除了京东 → not_in), keeping the question's order.
/// </summary>
public static partial class SliceParser
{
    public sealed record Slices(IReadOnlyList<string> GroupBy, IReadOnlyList<QueryFilter> Filters);

    // Words just before a dimension that make it a split: "各渠道", "按区域", "哪个门店", "by region", "for each city"
    [GeneratedRegex(@"(各|按|分|每个|每一个|每|哪个|哪些|哪家|哪一个|哪一家|哪几个|哪几家|不同|各个|按照|分别|所有|全部|\bby|\bper|\beach|\bevery|\bwhich|\bacross|\ball|\bfor each|split by|broken down by|breakdown by|break down by|\btop\s*\d*|\bbottom\s*\d*|前\s*\d+|前[一二两三四五六七八九十]+)\s*(的)?\s*$")]
    private static partial Regex SplitBefore();

    // Words just after a dimension that make it a split: "门店排名", "区域分布", "渠道对比"
    [GeneratedRegex(@"^\s*(排名|排行|分布|对比|占比|排序|之间|分别|维度|角度|口径下|breakdown|ranking|split|mix)")]
    private static partial Regex SplitAfter();

    // "除了天猫", "不含京东", "剔除线上", "excluding jd", "except tmall", "other than douyin"
    [GeneratedRegex(@"(除了|除去|除开|除掉|除|刨除|刨去|扣掉|抛开|撇开|排掉|不含|不包括|不包含|不算|不计|不看|不要|剔除|排除|去掉|去除|扣除|非|\bexcluding|\bexclude|\bexcl\.?|\bexcept( for)?|\bwithout|\bother than|\bnot including|\bnot counting|\bleaving out|\bleave out|\bignoring|\bignore|\bomitting|\bomit|\bdisregarding|\bbarring|\bw/o|\bnon-?|\bnot|\bbesides|\bapart from|\bminus|\ball but|\beverything but|\bbut|\bex)\s*(the\s+)?$")]
    private static partial Regex ExclusionBefore();

    // Exclusion written after the value: "天猫除外", "京东以外的", "jd excluded"
    [GeneratedRegex(@"^\s*(除外|以外|之外|不算|不计|不含|excluded|left out|aside)")]
    private static partial Regex ExclusionAfter();

    // What may stand between two values of one list: "天猫和京东", "tmall, jd and douyin"
    [GeneratedRegex(@"^\s*(和|与|跟|及|以及|、|,|/|&|\+|or|and|或|或者)?\s*$")]
    private static partial Regex Connector();

    // What may stand between a value and the word naming its kind: "奥莱的门店", "outlet 店"
    [GeneratedRegex(@"^\s*(的)?\s*$")]
    private static partial Regex Qualifier();

    public static Slices Parse(string text, IReadOnlyList<TermMatch> matches, bool ranking)
    {
        var groupBy = new List<string>();
        var values = new List<(string Dimension, string Code, bool Excluded)>();
        TermMatch? previousValue = null;
        var previousExcluded = false;
        foreach (var match in matches)
        {
            var dimension = match.Entries.FirstOrDefault(e => e.Kind == TermKind.Dimension);
            var value = match.Entries.FirstOrDefault(e => e.Kind == TermKind.DimensionValue);
            var before = text[..match.Start];
            var after = text[match.End..];
            // A dimension word right after a value names what the value is: 美妆品类, 奥莱店, "flagship stores", "华南 region".
            if (dimension is not null && previousValue is not null && Qualifier().IsMatch(text[previousValue.End..match.Start])
                && !SplitBefore().IsMatch(text[..previousValue.Start]))
                continue;
            var splits = SplitBefore().IsMatch(before) || SplitAfter().IsMatch(after) || ranking;
            if (dimension is not null && (value is null || splits))
            {
                if (!groupBy.Contains(dimension.Id)) groupBy.Add(dimension.Id);
                continue;
            }
            if (value is null) continue;
            var excluded = ExclusionBefore().IsMatch(before) || ExclusionAfter().IsMatch(after)
                || previousExcluded && previousValue is not null && Connector().IsMatch(text[previousValue.End..match.Start]);
            values.Add((value.Id, value.Code!, excluded));
            previousValue = match;
            previousExcluded = excluded;
        }

        var filters = values
            .GroupBy(v => (v.Dimension, v.Excluded))
            .Select(g => new QueryFilter(g.Key.Dimension, g.Key.Excluded ? QueryFilterOperator.NotIn : QueryFilterOperator.In, g.Select(v => v.Code).Distinct().ToArray()))
            .ToList();
        return new Slices(groupBy, filters);
    }
}
