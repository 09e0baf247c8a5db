using System.Text.RegularExpressions;

namespace MetricAssistant.Understanding.FollowUp;

/// <summary>
/// The few words that only a follow-up uses: that it continues ("那…呢", "what about"), adds ("加上",
/// "also"), or takes something away ("不要筛选", "去掉渠道", "all regions"). Catalog words (metrics,
/// dimensions, values) come from the lexicon, never from here. Patterns run on normalised text.
/// </summary>
public static partial class FollowUpCues
{
    // "那华南呢", "换成订单数", "只看天猫", "what about jd", "and last year?", "by city instead", "same for tmall"
    [GeneratedRegex(@"^\s*(那|那么|那就|那再|换成|换为|换到|改成|改为|改看|切换到|切到|只看|仅看|再看|再按|也看)|呢\s*[?？!！。]*\s*$|^\s*(and|what about|how about|same for|same but|now|then|ok|okay|instead|switch to|change to|just|only)\b|\binstead\b|\b(too|as well)\s*[?.!]*\s*$")]
    private static partial Regex Continuation();

    // "加上华南", "也加上京东", "连同天猫", "also south china", "add jd", "plus tmall", "south china too"
    [GeneratedRegex(@"加上|再加|加入|也加|连同|\balso\b|\badd(ing)?\b|\bplus\b|\b(too|as well)\s*[?.!]*\s*$")]
    private static partial Regex Adding();

    // "不要筛选", "去掉筛选条件", "取消过滤", "不限", "no filter", "remove the filters", "without any filters", "clear filters"
    [GeneratedRegex(@"(不要|去掉|去除|取消|清除|清空|删掉|拿掉|不加|不用|不带|没有)(任何)?(筛选|过滤|限制|条件)|不筛选|不过滤|不限|\b(no|remove|without|clear|drop|reset|lose)\s+(the\s+|any\s+|all\s+)?(filters?|restrictions?|conditions?)\b|\bunfiltered\b")]
    private static partial Regex ClearFilters();

    // Just before a dimension or a comparison it takes away: "去掉渠道", "不要按渠道", "不分品类", "without the city split", "drop channel", "no yoy"
    [GeneratedRegex(@"(去掉|去除|不要|不看|不分|不按|不用|不需要|取消|删掉|拿掉|别按|别分)\s*(按|分)?\s*$|\b(without|drop|remove|no|not by|ignore|ignoring|skip|lose)\s+(the\s+)?$")]
    private static partial Regex RemovalBefore();

    // Just before a dimension whose filter is lifted: "所有区域", "全部渠道", "全渠道", "all regions", "every channel", "any city"
    [GeneratedRegex(@"(所有|全部|全体|整个|全)\s*的?\s*$|\b(all|every|any)\s+(the\s+)?$")]
    private static partial Regex AllBefore();

    // A time relative to the previous question's own: "再往前一个月", "前一期", "the month before", "the previous period", "a year earlier"
    [GeneratedRegex(@"再往前|往前推|前一期|上一期|前一个?(天|日|周|星期|月|季度?|年)|\bthe (day|week|month|quarter|year|period) before\b|\bthe (previous|prior|preceding) (period|one)\b|\b(a|one) (day|week|month|quarter|year) (earlier|before)\b")]
    private static partial Regex StepBack();

    // A total instead of a breakdown: "总计呢", "合计", "不拆分", "in total", "overall"
    [GeneratedRegex(@"总计|合计|汇总|总共|整体|不拆分|不分组|\b(in total|overall|altogether|no (split|breakdown))\b")]
    private static partial Regex Total();

    /// <summary>"year" when the step back is a year ("a year earlier", "前一年"), "period" for the previous one of the same length, else null.</summary>
    public static string? StepsBack(string text)
    {
        var match = StepBack().Match(text);
        if (!match.Success) return null;
        return match.Value.Contains('年') || match.Value.Contains("year", StringComparison.Ordinal) ? "year" : "period";
    }

    public static bool AsksForTotal(string text) => Total().IsMatch(text);

    public static bool Continues(string text) => Continuation().IsMatch(text);

    public static bool Adds(string text) => Adding().IsMatch(text);

    public static bool ClearsFilters(string text) => ClearFilters().IsMatch(text);

    public static bool RemovesBefore(string textBefore) => RemovalBefore().IsMatch(textBefore);

    public static bool AllBeforeMatches(string textBefore) => AllBefore().IsMatch(textBefore);
}
