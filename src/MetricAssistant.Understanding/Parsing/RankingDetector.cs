using System.Text.RegularExpressions;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// 前5 / top 5 / 最高的三个 → the five or three best; 最高 / best / which … most → the one best;
/// 最低 / 最差 / worst / bottom 3 → ascending. 排名 / ranking alone → all, best first.
/// </summary>
public static partial class RankingDetector
{
    // "前5", "前五名", "top5", "top 10", "排名前三", "best 3", "top three"
    [GeneratedRegex(@"(前|top\s*|best\s+|highest\s+|largest\s+|biggest\s+)(?<n>" + ChineseNumber.Pattern + @"|one|two|three|four|five|six|seven|eight|nine|ten|twenty)(?![\d年月日号天周季])")]
    private static partial Regex TopN();

    // "后3", "倒数三", "bottom 5", "worst 3", "lowest 5"
    [GeneratedRegex(@"(倒数|末|bottom\s*|worst\s+|lowest\s+|least\s+)(?<n>" + ChineseNumber.Pattern + @"|one|two|three|four|five|six|seven|eight|nine|ten)(?![\d年月日号天周季])")]
    private static partial Regex BottomN();

    // "最高的三个", "最好的5家", "最差的两个", "销量最高的3个"
    [GeneratedRegex(@"最(?<dir>高|多|好|大|强|低|少|差|小|弱)的?\s*(?<n>" + ChineseNumber.Pattern + @")\s*(个|家|名|位|款|座|大)")]
    private static partial Regex SuperlativeN();

    // "3个最高的", "5 highest", "3 best", "three worst"
    [GeneratedRegex(@"(?<n>" + ChineseNumber.EnglishPattern + @")\s*(个|家|名)?\s*(?<dir>最高|最多|最好|最大|最低|最少|最差|highest|best|largest|biggest|top|lowest|worst|smallest)")]
    private static partial Regex NSuperlative();

    [GeneratedRegex(@"最(高|多|好|大|强|火|旺|赚钱|能卖)|第一|冠军|\b(top|best|highest|most|largest|biggest|leading|strongest)\b")]
    private static partial Regex BestOne();

    [GeneratedRegex(@"最(低|少|差|小|弱|冷清)|垫底|倒数第一|\b(worst|lowest|least|smallest|weakest|bottom)\b")]
    private static partial Regex WorstOne();

    [GeneratedRegex(@"排名|排行|排序|名次|\brank(ed|ing|ings)?\b|\bsort(ed)?\b|\bleaderboard\b")]
    private static partial Regex RankedAll();

    public static Ranking? Detect(string text)
    {
        Match m;
        if ((m = SuperlativeN().Match(text)).Success) return new Ranking(IsDesc(m.Groups["dir"].Value), N(m.Groups["n"].Value), m.Index);
        if ((m = TopN().Match(text)).Success) return new Ranking(true, N(m.Groups["n"].Value), m.Index);
        if ((m = BottomN().Match(text)).Success) return new Ranking(false, N(m.Groups["n"].Value), m.Index);
        if ((m = NSuperlative().Match(text)).Success) return new Ranking(IsDesc(m.Groups["dir"].Value), N(m.Groups["n"].Value), m.Index);
        var worst = WorstOne().Match(text);
        var best = BestOne().Match(text);
        if (worst.Success && (!best.Success || worst.Index <= best.Index)) return new Ranking(false, 1, worst.Index);
        if (best.Success) return new Ranking(true, 1, best.Index);
        if ((m = RankedAll().Match(text)).Success) return new Ranking(true, null, m.Index);
        return null;
    }

    private static bool IsDesc(string direction) => direction is "高" or "多" or "好" or "大" or "强" or "最高" or "最多" or "最好" or "最大" or "highest" or "best" or "largest" or "biggest" or "top";

    private static int? N(string text) => ChineseNumber.Parse(text) ?? ChineseNumber.ParseEnglish(text);
}
