using System.Text.RegularExpressions;
using MetricAssistant.Understanding.Parsing;

namespace MetricAssistant.Understanding.FollowUp;

/// <summary>
/// A bare "哪个高？", "哪个多", "哪个更好", "which one was higher?", "which was bigger" after an answer split by a dimension: the
/// rows of that split ranked by the metric, the one at the end asked (好 / better and 差 / worse by the metric's direction, as
/// 最好 / best), limit 1, everything else kept. Only the whole question: "华北和华南哪个更高" compares its values (Silent drops).
/// </summary>
public static partial class WhichOfTheRows
{
    // 哪个高, 哪个更多, 哪一个比较好, 哪家高一些, 谁多, 那哪个大呢; the comparative after it names the end.
    [GeneratedRegex(@"^\s*(?:那|那么|所以)?\s*(?:哪个|哪一个|哪家|哪一家|哪种|哪类|哪边|谁)\s*(?:是)?\s*(?:更|比较|较|要)?\s*(?:(?<high>高|多|大)|(?<low>低|少|小)|(?<good>好|强|棒)|(?<bad>差|弱|烂))\s*(?:一些|一点|些|点)?\s*(?:呢|啊|呀|哦|嘛)?\s*[?？!！。.]*\s*$")]
    private static partial Regex Chinese();

    // which one was higher?, which was bigger, which did better, so which is lower, which one higher? (the verb left out)
    [GeneratedRegex(@"^\s*(?:so|and|ok|okay)?[,\s]*which(?:\s+one|\s+of\s+(?:them|those|these))?\s+(?:(?:was|is|were|are|did|does|came out|ended up|looks?)\s+)?(?:the\s+)?(?:(?<high>higher|bigger|larger|greater|more|highest|biggest|largest)|(?<low>lower|smaller|less|fewer|lowest|smallest)|(?<good>better|best|stronger)|(?<bad>worse|worst|weaker))(?:\s+one)?\s*[?.!]*\s*$")]
    private static partial Regex English();

    /// <summary>The ranking the whole question asks of the rows shown, or null when it is not such a question.</summary>
    public static Ranking? Asked(string text)
    {
        var m = Chinese().Match(text);
        if (!m.Success) m = English().Match(text);
        if (!m.Success) return null;
        var end = m.Groups["good"].Success ? RankingEnd.Best
            : m.Groups["bad"].Success ? RankingEnd.Worst
            : m.Groups["low"].Success ? RankingEnd.Lowest
            : RankingEnd.Highest;
        return new Ranking(end, 1, m.Index);
    }
}
