using System.Text.RegularExpressions;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// A comparison word with nothing to compare ("GMV compared to", "GMV跟那个比", "对比一下订单数"): no period set against
/// the one asked, no values listed, no split, trend or second metric. It is never dropped: the answer names it as not
/// understood (the coverage check alone would not, as 对比 / vs are grammar words around what is compared).
/// </summary>
public static partial class DanglingComparison
{
    // Not 占比, 比例, 比率, 比重 (shares), nor 比上月 / 同比 (read by the comparison reader, which then compares).
    [GeneratedRegex(@"(?<![a-z])(vs\.?|versus|compared(\s+(to|with|against))?|compare[sd]?(\s+(it|that|this|them))?(\s+(to|with|against))?|comparing(\s+(to|with|against))?|comparison(\s+(to|with))?|relative to|stack(s|ed)? up( against| to| with)?)(?![a-z])"
        + @"|(跟|和|与|同)[^，,。？?！!；;\s]{0,8}?(对比|相比|比较|比)(一下|一比)?(?!例|率|重|值)|对比(一下)?|比较(一下)?|相比|相较|比一比|比一下|比比看|比起|对上(?!个|一个|月|周|季|年)")]
    private static partial Regex Word();

    /// <param name="text">The question with metric names blanked, so that a comparison word inside one is no comparison.</param>
    /// <returns>The first comparison word, or null when there is none.</returns>
    public static string? Find(string text) => Word().Match(text) is { Success: true } m ? m.Value.Trim() : null;
}
