using System.Text.RegularExpressions;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// The words that turn a dimension value into an exclusion, before it ("除了天猫", "excluding jd",
/// "not in east china", "ex-jd") or after it ("天猫除外", "京东以外的", "jd excluded", "京东不算").
/// </summary>
public static partial class ExclusionMarkers
{
    // "除了天猫", "不是天猫的", "非金卡", "excluding the jd", "other than from tmall", "not in east china", "ex-jd", "that weren't via tmall"
    [GeneratedRegex(@"(除了|除去|除开|除掉|除|刨除|刨去|扣掉|抛开|撇开|排掉|不含|不包括|不包含|不算|不计|不看|不要|(?<!是)不是|(?<!在)不在|不属于|并非|剔除|剔掉|踢掉|排除|去掉|去除|扣除|拿掉|刨掉|非"
        + @"|\bexcluding|\bexclude|\bexcl\.?|\bexcept( for)?|\bwithout|\bother than|\bnot including|\bnot counting|\bleaving out|\bleave out|\bignoring|\bignore"
        + @"|\bomitting|\bomit|\bdrop(ping)?(?!\s+(in|at|on|for|across|of|by|to|from|during|since|over)\b)|\bremov(e|ing)|\btake out|\bdisregarding|\bbarring|\bw/o|\bnon|\bnot|\bno|\bsans|\bbesides|\bapart from|\bminus|\ball but|\beverything but|\bbut|\bex\.?|\boutside( of)?"
        + @"|\b(is|are|was|were|do|does|did)n'?t( come)?|\b(do|does|please)?\s*(n'?t|not)\s+(count|include|add|consider|factor in)( in)?)"
        // "excluding orders from tmall": the rows named between the exclusion and where they come from
        + @"\s*-?\s*((the|any|all)\s+)?((orders|sales|purchases|transactions|refunds)\s+(?=(in|from|at|on|via|through)\s))?((in|from|at|on|for|of|the|any|our|via|through)\s+|在|于|来自|属于)*$")]
    private static partial Regex Before();

    // "天猫除外", "京东以外的", "jd excluded", "tmall aside", "京东不算", "抖音的不算哈", "抖音那块不算", "抖音那部分不要", "douyin doesn't count"
    // (at the end of a clause: "华东不含杭州" is a region *without* a city);
    // "华南也不要了": a value dropped beside one dropped before.
    // "leave JD out": the value left out at the end of a clause ("out of" names a whole, never an exclusion);
    // "华南先别算进来": a value put aside for now.
    // "把京东去掉", "把门店渠道也去掉吧": the value taken out at the end of a clause (never "只看"; "华东去掉杭州" names what goes after it)
    [GeneratedRegex(@"^\s*(除外|以外|之外|excluded|not included|left out|aside|removed|out(?!\s*of)(?=\s*($|[,.;!?)]|please|pls|too|as well|for now))|(does|do|should)\s*n'?o?t\s+count|(should\s*n'?o?t|must\s*n'?o?t)\s+be\s+(in\s+(there|it)|included|counted)|的?\s*(那一?块儿?|这一?块儿?|那一?部分|这一?部分|那边|这边|那些|这些|(那|这)(种|类|样的?)\s*的?\s*(店|门店|店铺|渠道|地方)?|的\s*(店|门店|店铺))?\s*的?\s*(也|都|就|先|暂时|暂且|先暂时|就先)?\s*(不算|不计|不含|不包括|不要|别算|甭算|不用算|别要|别管)(在内|进去|进来)?(?=\s*($|[,.;!?)~，。；！？]|的话|了|哈|啊|呀|哦|噢|啦|吧|呗|嘛))|的?\s*(那一?块儿?|这一?块儿?|那一?部分|这一?部分|那边|这边|那些|这些|(那|这)(种|类|样的?)\s*的?\s*(店|门店|店铺|渠道|地方)?|的\s*(店|门店|店铺))?\s*的?\s*(也|都|给|就)?\s*(去掉|去除|删掉|删除|拿掉|排除|剔除|剔掉|扣掉|拿走|踢掉)(在外|出去|掉)?(?=\s*($|[,.;!?)~，。；！？]|的话|了|吧|呗|呢|再|后|之后|以后|哈|啊|呀|哦|噢|啦|嘛)))")]
    private static partial Regex After();

    // "天猫以外的其他渠道", "除了天猫的其余渠道", "除了门店，其他渠道", "all channels except": words that name the rest of a dimension, not a split of it
    [GeneratedRegex(@"^\s*(除外|以外|之外)?\s*[,，、]?\s*的?\s*(其他|其它|其余|剩下的?|剩余|别的|other|remaining|rest of( the)?)?\s*的?\s*$")]
    private static partial Regex RestBetween();

    // "上个月其他渠道", "剩下几个渠道", "the other channels", "the rest of our channels": the word just before a dimension naming its rest
    [GeneratedRegex(@"(其他|其它|其余|剩下|剩余|余下|别的|\bother|\bremaining|\brest of( the| our)?)\s*(的)?\s*(几个|几家|所有|全部|\ball)?\s*(的)?\s*$")]
    private static partial Regex RestBefore();

    // "channels except tmall", "渠道除了天猫": the dimension word followed by an exclusion of one of its values
    [GeneratedRegex(@"^\s*(的)?\s*(除了|除去|除开|除|不含|不包括|剔除|排除|去掉|except( for)?|excluding|other than|apart from|besides|but|without|not including)\s*(the\s+)?$")]
    private static partial Regex ExcludingNext();

    // "nothing but tmall", "remove everything except tmall", "drop all but jd": the exclusion is of the rest, so the value is kept alone
    [GeneratedRegex(@"\b(nothing|none|nobody|no one)\s+(but|except( for)?|other than|besides|apart from)\s*(the\s+)?$|\b(remove|drop|hide|exclude|filter out|get rid of|take out|cut|strip|lose)\b[^,;.]*\b(everything|all|anything|the rest|others|other \w+)\s+(but|except( for)?|other than|apart from|besides)\s*(the\s+)?$")]
    private static partial Regex OnlyBefore();

    // "除了天猫其他都不要" (with 除了 before the value), "天猫之外的都不要", "京东以外的去掉": what is dropped is everything else
    [GeneratedRegex(@"^\s*(以外|之外|外)?[^。；;!！?？]{0,10}?(都|全|全都|全部|一律)\s*(不要|不看|去掉|删掉|拿掉|不算|排除|剔除|不用看)")]
    private static partial Regex RestDroppedAfterExcept();

    [GeneratedRegex(@"^\s*(以外|之外)\s*的?\s*(其他|其它|其余|别的)?\s*的?\s*(都|全|全都|全部|一律)?\s*(不要|不看|去掉|删掉|拿掉|不算|排除|剔除|不用看)")]
    private static partial Regex RestDroppedAfter();

    [GeneratedRegex(@"(除了|除去|除开|除掉|除)\s*$")]
    private static partial Regex ExceptBefore();

    // "只要天猫", "just Tmall", "only JD": the value chosen, when the rest is then said to be dropped (below).
    [GeneratedRegex(@"(只要|只看|只留|只保留|只算|仅看|仅要|仅|只|(?<![a-z])just|(?<![a-z])only)\s*(the\s+)?$")]
    private static partial Regex OnlyWordBefore();

    // "，其他渠道都不要", "别的渠道不要", ", none of the other channels", "and not the other ones", ", no other channels": the rest dropped.
    [GeneratedRegex(@"^\s*[,，、;；]?\s*(其他|其它|其余|剩下的?|剩余|别的)\s*的?\s*[^。；;!！?？,，]{0,6}?(都|全|全都|一律|就)?\s*(不要|不看|去掉|删掉|拿掉|不算|排除|剔除|不用看|别要|别看|别算)|^\s*[,;]?\s*(and\s+|but\s+)?(none of|not|no|nothing (from|of)|not any of|leave out|drop|skip|ignore|forget)\s+(the\s+|our\s+)?(other|others|rest|remaining)(?![a-z])")]
    private static partial Regex RestDroppedLater();

    public static bool IsBefore(string textBefore) => Before().IsMatch(textBefore);

    /// <summary>
    /// An exclusion of everything but the value ("nothing but tmall", "除了天猫其他都不要", "天猫之外的不要", "只要天猫，其他渠道都不要"):
    /// the value is kept alone, the opposite of what the exclusion word alone would say.
    /// </summary>
    public static bool KeepsOnly(string textBefore, string textAfter) =>
        OnlyBefore().IsMatch(textBefore) || RestDroppedAfter().IsMatch(textAfter)
        || ExceptBefore().IsMatch(textBefore) && RestDroppedAfterExcept().IsMatch(textAfter)
        // "只要天猫，其他渠道都不要", "just Tmall, none of the other channels"
        || OnlyWordBefore().IsMatch(textBefore) && RestDroppedLater().IsMatch(textAfter);

    public static bool IsAfter(string textAfter) => After().IsMatch(textAfter);

    /// <summary>
    /// A value left out by an expression of <see cref="LeavingOutWords"/>: "门店那块先不看", "别把天猫算进去", "skip the outlets",
    /// "leave Tmall out of it", "set Douyin aside".
    /// </summary>
    public static bool IsLeftOut(string textBefore, string textAfter) => LeavingOutWords.Default.LeavesOut(textBefore, textAfter);

    /// <summary>A removing word said under a negation keeps the value (<see cref="LeavingOutWords.KeptUnderNegation"/>).</summary>
    public static bool KeptUnderNegation(string textBefore, string textAfter) => LeavingOutWords.Default.KeptUnderNegation(textBefore, textAfter);

    /// <summary>The text between an excluded value and its own dimension word only says "the rest": "以外的其他".</summary>
    public static bool IsRest(string between) => RestBetween().IsMatch(between);

    /// <summary>The text before a dimension word ends in a word naming the rest of it: "除了抖音，上个月其他", "the other".</summary>
    public static bool EndsWithRest(string textBefore) => RestBefore().IsMatch(textBefore);

    /// <summary>The text between a dimension word and a value of it introduces an exclusion: " except ".</summary>
    public static bool IsExcludingNext(string between) => ExcludingNext().IsMatch(between);
}
