using MetricAssistant.Understanding.Coverage;
using System.Text.RegularExpressions;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// 前5 / top 5 / 最高的三个 → the five or three highest; 最高 / highest / which … most → the one highest;
/// 最低 / bottom 3 → the lowest. 最好 / 最差 / 垫底 / best / worst / underperforming judge rather than
/// measure: which end they mean is the metric's (<see cref="RankingEnd"/>). 排名 / ranking alone → all, highest first;
/// 从低到高 / ascending → all, lowest first.
/// </summary>
public static partial class RankingDetector
{
    // The words after 最 naming each end (Shanghainese 推板 is 差), shared by the one-row and the counted readings (最拉胯 and 最拉胯的两家 are the same end).
    private const string GoodWords = "好|佳|优|强|牛|给力|能打|厉害|棒";
    private const string BadWords = "差|烂|糟|弱|菜|惨|不行|拉胯|拉垮|拉跨|严重|推板";
    private const string HighWords = "高|多|大|火|旺|赚钱|能卖|猛";
    private const string LowWords = "低|少|小|冷清";

    // "头三个", "头5家": the first N, as 前三个 (not a time: "头三个月"; not 里头, 前头)
    [GeneratedRegex(@"(?<high>(?<![开里前上外后码枕])头)\s*(?<n>" + ChineseNumber.Pattern + @")\s*(?=个|家|名|位|款|间|只)(?!\s*个?\s*(月|季|星期|周|天|日|号|年|小时|分钟|礼拜))")]
    private static partial Regex HeadN();

    // "前5", "前五名", "top5", "top 10", "排名前三", "best 3", "top three" (not 倒数前三: the last three)
    [GeneratedRegex(@"(?:(?<good>best\s+)|(?<high>(?<!倒数)前|top\s*|highest\s+|largest\s+|biggest\s+))(?<n>" + ChineseNumber.Pattern + @"|" + ChineseNumber.EnglishPattern + @")(?![\d年月日号天周季a-z])")]
    private static partial Regex TopN();

    // "后3", "倒数三", "倒数前二", "bottom 5", "worst 3", "lowest 5"
    [GeneratedRegex(@"(?<low>倒数)前?\s*(?<n>" + ChineseNumber.Pattern + @")(?![\d年月日号天周季])|(?:(?<bad>worst\s+)|(?<low>末|bottom\s*|lowest\s+|least\s+))(?<n>" + ChineseNumber.Pattern + @"|" + ChineseNumber.EnglishPattern + @")(?![\d年月日号天周季a-z])")]
    private static partial Regex BottomN();

    // "后3名", "排名后三", "后五个": the last N by value (not "之后" / "最后" / "落后", nor a time: "后三个月")
    [GeneratedRegex(@"(?<low>(?<![最之以然往向落靠拖背随])后)\s*(?<n>" + ChineseNumber.Pattern + @")(?!\s*个?\s*(月|季|星期|周|天|日|号|年|小时|分钟))")]
    private static partial Regex AfterN();

    // "排在最后的三家", "排名最后的5个", "垫底的两家": the bad end, N of them
    [GeneratedRegex(@"(?<bad>排在最后|排名最后|排最后|垫底)\s*的?\s*" + ChineseNumber.Counted + @"")]
    private static partial Regex LastN();

    // "从低到高", "升序", "ascending", "lowest first", "smallest to largest", "from the lowest up": all of them, smallest first;
    // "从高到低", "降序", "descending", "largest to smallest", "sorted from the highest GMV down": largest first (an order, no limit)
    [GeneratedRegex(@"从低到高|从小到大|由低到高|由小到大|从少到多|由少到多|升序|(?<![a-z0-9])ascending(?![a-z0-9])|(?<![a-z0-9])(lowest|smallest) (first|to (the )?highest)(?![a-z0-9])|(?<![a-z0-9])low(est)? to high(est)?(?![a-z0-9])|(?<![a-z0-9])(smallest|least|fewest|bottom) to (the )?(largest|biggest|most|top)(?![a-z0-9])|(?<![a-z0-9])from (the )?(lowest|smallest|least|fewest|bottom)(?:\s+[a-z-]+){0,3}\s+up(wards?)?(?![a-z0-9])|(?<![a-z0-9])in increasing order(?![a-z0-9])")]
    private static partial Regex Ascending();

    // "worst channels first", "highest refund amount first", "worst first": every row, that end first
    [GeneratedRegex(@"(?<![a-z0-9])(?:(?<good>best)|(?<bad>worst)|(?<low>lowest|smallest|least)|(?<high>highest|largest|biggest|most|top))(?![a-z0-9])(?:\s+[a-z-]+){0,3}\s+first(?![a-z0-9])")]
    private static partial Regex EndFirst();

    [GeneratedRegex(@"从高到低|从大到小|由高到低|由大到小|从多到少|由多到少|降序|(?<![a-z0-9])descending(?![a-z0-9])|(?<![a-z0-9])(highest|largest|biggest) (first|to (the )?lowest)(?![a-z0-9])|(?<![a-z0-9])high(est)? to low(est)?(?![a-z0-9])|(?<![a-z0-9])(largest|biggest|most|top) to (the )?(smallest|least|fewest|bottom)(?![a-z0-9])|(?<![a-z0-9])from (the )?(highest|largest|biggest|most|top)(?:\s+[a-z-]+){0,3}\s+down(wards?)?(?![a-z0-9])|(?<![a-z0-9])in decreasing order(?![a-z0-9])")]
    private static partial Regex Descending();

    // "最高的三个", "最好的5家", "最差的两个", "销量最高的3个", "最高的那三个"; code-switched "最好的 three", "best 的三个",
    // "worst 的两家": the count said after the superlative
    // "最拉胯的两家", "最火的那三个", "人效最差那四家" (Cantonese 嗰 is read as 那), "最高的头三个": every superlative word, a count after it.
    [GeneratedRegex(@"(?:(?<good>最(?:" + GoodWords + @"))|(?<bad>最(?:" + BadWords + @"))|(?<low>最(?:" + LowWords + @"))|(?<high>最(?:" + HighWords + @"))|(?<![a-z0-9])(?:(?<good>best)|(?<bad>worst)|(?<low>lowest|fewest|least)|(?<high>highest|most|top))\s*(?=的))的?\s*(?:那|这|头|前)?\s*(?:" + ChineseNumber.Counted + @"|(?<n>one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)(?![a-z0-9]))")]
    private static partial Regex SuperlativeN();

    // "worst-performing 3 stores", "top selling 5 products", "best performing two regions"
    [GeneratedRegex(@"(?<![a-z0-9])(?:(?<good>best)|(?<bad>worst)|(?<low>bottom|lowest)|(?<high>top|highest))[\s-]+(?:performing|selling|rated|ranked)\s*(?:的\s*)?(?<n>" + ChineseNumber.EnglishPattern + @")(?![a-z0-9])")]
    private static partial Regex PerformingN();

    // "3个最高的", "5 highest", "3 best", "three worst"
    [GeneratedRegex(@"(?<n>" + ChineseNumber.EnglishPattern + @")\s*(个|家|名)?\s*(?:(?<good>最好|best)|(?<bad>最差|worst)|(?<low>最低|最少|lowest|smallest)|(?<high>最高|最多|最大|highest|largest|biggest|top))")]
    private static partial Regex NSuperlative();

    // "which 3 stores in Chengdu had the most appointments", "the ten stores with the most visitors", "哪3家店最多" (Cantonese 邊三間 is
    // 哪三家; 这边 / 东边 are places): the count
    // before what is ranked, the end after it
    [GeneratedRegex(@"(?<![a-z0-9])(?:which|the|name|list|show(?: me)?|give me)\s+(?<n>" + ChineseNumber.EnglishPattern + @")\s+[a-z-]+(?:\s+[a-z-]+){0,6}?\s+(?:had|have|has|did|do|does|got|get|made|make|sold|saw|with|were|was|are|is)?\s*(?:the\s+)?(?:(?<good>best)|(?<bad>worst)|(?<low>fewest|lowest|least|smallest)|(?<high>most|highest|largest|biggest))(?![a-z0-9])|(?:哪|(?<![这那旁两一外里东西南北左右上下身海岸周手前后半无])边)\s*" + ChineseNumber.Counted + @"[^，,。？?]{0,12}?(?:(?<good>最(?:好|佳))|(?<bad>最差)|(?<low>最(?:低|少|小))|(?<high>最(?:高|多|大)))")]
    private static partial Regex WhichN();

    [GeneratedRegex(@"(?<good>最(?:" + GoodWords + @"))|(?<high>最(?:" + HighWords + @")|第一|冠军)|(?<![a-z0-9])(?:(?<good>best|strongest)|(?<high>top|highest|most|largest|biggest|leading))(?![a-z0-9])")]
    private static partial Regex BestOne();

    [GeneratedRegex(@"(?<bad>最(?:" + BadWords + @")|垫底|排名最后|最后一名)|(?<low>最(?:" + LowWords + @")|倒数第一)|(?<![a-z0-9])(?:(?<bad>worst|weakest)|(?<low>lowest|least|smallest|bottom|fewest))(?![a-z0-9])")]
    private static partial Regex WorstOne();

    [GeneratedRegex(@"排名|排行|排序|名次|(?<![a-z0-9])rank(ed|ing|ings)?(?![a-z0-9])|(?<![a-z0-9])sort(ed)?(?![a-z0-9])|(?<![a-z0-9])leaderboard(?![a-z0-9])")]
    private static partial Regex RankedAll();

    // "表现最好", "top performers", "lowest-performing": a value word about performance is a judgement.
    // How many rows a ranking word without its own count asks for: "最差的门店，列5家", "lowest first, show me 5"
    // Said after the ranking word too: "四家就行", "three of them", "the worst few stores, say four", "bottom ones, let's say 3".
    [GeneratedRegex(@"(列出?|列个|给我?|要|看|显示|只要|只看|取)\s*(?<n>" + ChineseNumber.Pattern + @")\s*(个|家|名|位|款|座|条|行|间|只)|(?<n>" + ChineseNumber.Pattern + @")\s*(个|家|名|位|款|座|间|只)\s*(就行|就好|就够了?|就可以|即可)|(?<![a-z0-9])(?:(?:few|several|some|couple)(?![a-z0-9])[^0-9,.;:!?]{0,30}?[,;:\s—–-]+)?(list|show( me)?|give me|just|only|keep|say|let'?s say|make it|maybe)\s+(the\s+)?(?<n>" + ChineseNumber.EnglishPattern + @")(?![a-z0-9])(?!\s*(days?|weeks?|months?|quarters?|years?)(?![a-z0-9]))|(?<![a-z0-9])(?<n>" + ChineseNumber.EnglishPattern + @")\s+of\s+(them|those|these)(?![a-z0-9])")]
    private static partial Regex CountAsked();

    // "全部列出来", "都列出来", "一个不落", "list them all", "show every one": every row asked, so a superlative beside it
    // ("最差的排前面，全部列出来", "worst first, list them all") orders the rows instead of picking one.
    [GeneratedRegex(@"(全部|全都|所有的?|统统|通通|都|全)\s*(列|排|显示|展示|给|拉)(出来|出|一下|上来|给我)?|(列|显示|展示|拉)(出)?\s*(全部|所有)|一个不落|一个都不(要)?少|(?<![a-z0-9])(?:(?:list|show|give)(?: me)?\s+(?:them\s+)?(?:all|every(?:\s+one|thing)?)(?:\s+of\s+them)?|all\s+of\s+them|every\s+(?:single\s+)?one(?:\s+of\s+them)?|the\s+full\s+list|the\s+whole\s+list)(?![a-z0-9])")]
    private static partial Regex AllRows();

    // "最差的排前面", "好的放在前头": the end named is put first, an order over every row (not 排最前面 / 排第一: the one first).
    [GeneratedRegex(@"(排|放|列)\s*(在)?\s*(前面|前头|上面|头里)")]
    private static partial Regex PutFirst();

    [GeneratedRegex(@"表现|(?<![a-z0-9])perform(ing|ers?|ance)?(?![a-z0-9])")]
    private static partial Regex Performance();

    // "underperforming stores", "underperformers": the worst, however many there are.
    // "which stores are lagging", "laggards", "falling behind", "拖后腿的门店", "排名靠后的区域": likewise the bad end.
    // Said as a drag on the whole: "dragging us down", "holding the business back", "weighing on", "在拖我们后腿", 拉胯 (without
    // 最, which is the one worst), 掉链子.
    [GeneratedRegex(@"(?<![a-z0-9])(?:dragg(?:ing|ed)|drags?)\s+(?:(?:us|me|the\s+(?:business|company|team|total|numbers?|average|rest))\s+)?down(?![a-z0-9])|(?<![a-z0-9])(?:holding|holds?|held)\s+(?:us|the\s+(?:business|company|team|rest))\s+back(?![a-z0-9])|(?<![a-z0-9])weigh(?:ing|s|ed)?\s+(?:us\s+)?(?:on|down)(?![a-z0-9])|拖了?(?:我们|咱们|大家|整体|公司|全公司|大盘)?的?后腿|掉链子|(?<!最)(?:拉胯|拉垮|拉跨)|(?<![a-z0-9])under-?perform(ing|ers?|ance)?(?![a-z0-9])|(?<![a-z0-9])lag(ging|gards?)(?![a-z0-9])|(?<![a-z0-9])falling behind(?![a-z0-9])|(?<![a-z0-9])trailing(?![a-z0-9])|排名靠后|排名偏后|靠后的|落后的")]
    private static partial Regex Underperforming();

    // "at least once", "at most two items", "at the very least", 至少 / 至多, 最少也 / 最多也: a bound on a value, no end asked.
    [GeneratedRegex(@"(?<![a-z0-9])at\s+(?:the\s+)?(?:very\s+)?(?:least|most)(?![a-z0-9])|至少|至多|最少也|最多也")]
    private static partial Regex Bound();

    /// <summary>The text with every bound word blanked (positions kept), so that its "least" / 最少 ranks nothing.</summary>
    private static string WithoutBounds(string text) =>
        Bound().Replace(text, m => new string(' ', m.Length));

    public static Ranking? Detect(string text)
    {
        text = WithoutBounds(text);
        var ranking = ByWords(text);
        // "最差的门店，列5家": a one-row or unbounded ranking with a count asked beside it takes that count.
        if (ranking is { Limit: null or 1 } && CountAsked().Match(text) is { Success: true } count && N(count.Groups["n"].Value) is { } n and > 0)
            ranking = ranking with { Limit = n };
        // "最差的排前面，全部列出来": the superlative names which end comes first; every row is asked.
        else if (ranking is { Limit: 1 } && (AllRows().IsMatch(text) || PutFirst().IsMatch(text[ranking.Position..])))
            ranking = ranking with { Limit = null };
        if (Underperforming().Match(text) is { Success: true } under)
            return ranking is null ? new Ranking(RankingEnd.Worst, null, under.Index) : ranking with { End = RankingEnd.Worst };
        if (ranking is null || !Performance().IsMatch(text)) return ranking;
        return ranking.End switch
        {
            RankingEnd.Highest => ranking with { End = RankingEnd.Best },
            RankingEnd.Lowest => ranking with { End = RankingEnd.Worst },
            _ => ranking,
        };
    }

    private static Ranking? ByWords(string text)
    {
        Match m;
        if ((m = SuperlativeN().Match(text)).Success) return Ranked(m);
        if ((m = TopN().Match(text)).Success) return Ranked(m);
        if ((m = HeadN().Match(text)).Success) return Ranked(m);
        if ((m = BottomN().Match(text)).Success) return Ranked(m);
        if ((m = NSuperlative().Match(text)).Success) return Ranked(m);
        if ((m = WhichN().Match(text)).Success) return Ranked(m);
        if ((m = PerformingN().Match(text)).Success) return Ranked(m);
        if ((m = LastN().Match(text)).Success) return Ranked(m);
        if ((m = AfterN().Match(text)).Success) return Ranked(m);
        if ((m = Ascending().Match(text)).Success) return new Ranking(RankingEnd.Lowest, null, m.Index);
        if ((m = Descending().Match(text)).Success) return new Ranking(RankingEnd.Highest, null, m.Index);
        if ((m = EndFirst().Match(text)).Success) return new Ranking(EndOf(m), null, m.Index);
        var worst = WorstOne().Match(text);
        var best = BestOne().Match(text);
        if (worst.Success && (!best.Success || worst.Index <= best.Index)) return new Ranking(EndOf(worst), 1, worst.Index);
        if (best.Success) return new Ranking(EndOf(best), 1, best.Index);
        if ((m = RankedAll().Match(text)).Success) return new Ranking(RankingEnd.Highest, null, m.Index);
        return null;
    }

    private static Ranking Ranked(Match m) => new(EndOf(m), N(m.Groups["n"].Value), m.Index);

    /// <summary>
    /// Which end a ranking word names, told by the group it matched in (each word is listed once, in its
    /// pattern): good and bad are judgements (the metric's direction decides), low and high are values.
    /// 最严重 (of refunds, cancellations) is bad: the worst end, which the direction turns into the highest values.
    /// </summary>
    private static RankingEnd EndOf(Match m) =>
        m.Groups["good"].Success ? RankingEnd.Best
        : m.Groups["bad"].Success ? RankingEnd.Worst
        : m.Groups["low"].Success ? RankingEnd.Lowest
        : RankingEnd.Highest;

    private static int? N(string text) => ChineseNumber.Parse(text) ?? ChineseNumber.ParseEnglish(text);

    // "从高到低排一下", "排个序", "排一下": the verb of sorting, read with the direction (or alone, as the usual order).
    [GeneratedRegex(@"(从|由)(高|低|大|小|多|少)到(高|低|大|小|多|少)\s*(排列|排序|排)?\s*(一下|一排|下|个序)?|排\s*(个|下|一下)\s*序|排\s*一\s*(下|排)|(?<=[高低大小多少])\s*排")]
    private static partial Regex SortVerb();

    /// <summary>Every ranking word of the question, for the coverage check.</summary>
    public static IEnumerable<ConsumedSpan> Spans(string text) =>
        BoundedSpans(WithoutBounds(text));

    private static IEnumerable<ConsumedSpan> BoundedSpans(string text) =>
        new[] { Ascending(), Descending(), SortVerb(), TopN(), HeadN(), BottomN(), SuperlativeN(), NSuperlative(), WhichN(), PerformingN(), EndFirst(), BestOne(), WorstOne(), RankedAll(), Performance(), Underperforming(), CountAsked(), AllRows(), PutFirst() }
            .SelectMany(r => r.Matches(text)).Select(m => new ConsumedSpan(m.Index, m.Length, SpanKind.Ranking));
}
