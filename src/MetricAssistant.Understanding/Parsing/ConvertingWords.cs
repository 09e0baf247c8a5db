using System.Text.RegularExpressions;
using MetricAssistant.Understanding.Concepts;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// Two quantities joined by a converting word ("converting visitors into buyers", "bookings that turned into purchases",
/// 把访客转化成买家): the question asks how many of the first became the second, a share over the first.
/// </summary>
public static partial class ConvertingWords
{
    // "bookings turned into purchases", "visitors who converted to buyers", 访客转化成买家, 预约变成了购买.
    [GeneratedRegex(@"^\s*((who|that|which)\s+)?((did|do|have|has|had|could|can)\s+we\s+)?((were|was|got|have|has|had|been|actually)\s+)*(convert(s|ed|ing)?|turn(s|ed|ing)?)\s+(in)?to\s+((a|an|the|paying|actual)\s+)?$|^\s*(都|有多少|多少)?\s*(转化成|转化为|转换成|转换为|转成|变成|转为)了?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex VerbBetween();

    // "converting visitors into buyers", "turn our visitors into buyers", 把访客转化成买家 (the verb after the first name).
    [GeneratedRegex(@"\b(convert(s|ed|ing)?|turn(s|ed|ing)?)\s+((our|the|more|more of|all|all of|those|these|of)\s+)*$", RegexOptions.IgnoreCase)]
    private static partial Regex VerbBefore();

    [GeneratedRegex(@"^\s+(in)?to\s+((a|an|the|paying|actual)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex IntoBetween();

    // "bookings that turned into a sale": a phrase read whole that opens with the converting word.
    [GeneratedRegex(@"^((were|was|got|have|has|had|been|actually)\s+)*(convert(s|ed|ing)?|turn(s|ed|ing)?)\s+(in)?to\s+|^(转化成|转化为|转换成|转换为|转成|变成|转为)", RegexOptions.IgnoreCase)]
    private static partial Regex OpensWithVerb();

    [GeneratedRegex(@"^\s*((who|that|which|都|有多少)\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WhoBetween();

    /// <summary>Whether the quantities at <paramref name="from"/> and <paramref name="into"/> are joined by a converting word, the first converted.</summary>
    public static bool Join(string text, TextSpan from, TextSpan into)
    {
        if (from.End > into.Start || into.End > text.Length) return false;
        var between = text[from.End..into.Start];
        return VerbBetween().IsMatch(between) || VerbBefore().IsMatch(text[..from.Start]) && IntoBetween().IsMatch(between)
            || WhoBetween().IsMatch(between) && OpensWithVerb().IsMatch(text[into.Start..into.End]);
    }
}
