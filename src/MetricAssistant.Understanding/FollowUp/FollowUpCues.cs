using System.Text.RegularExpressions;

namespace MetricAssistant.Understanding.FollowUp;

/// <summary>
/// The few words that only a follow-up uses: that it continues ("那…呢", "what about"), adds ("加上",
/// "also"), or takes something away ("不要筛选", "去掉渠道", "all regions"). Catalog words (metrics,
/// dimensions, values) come from the lexicon, never from here. Patterns run on normalised text; an English word ends at
/// a Latin letter, not at a Chinese one ("overall呢", "reverse一下").
/// </summary>
public static partial class FollowUpCues
{
    // The words owning up to a slip ("说错了", "口误"): a correction continues the question (Continuation) and they are no part of it (Admission).
    private const string Slip = "说错了|搞错了|弄错了|写错了|错了|口误";

    // "那华南呢", "换成订单数", "只看天猫", "what about jd", "and last year?", "by city instead", "same for tmall";
    // a correction of the answer just given continues it too: "我是说下单GMV", "说错了，我要的是毛利", "I meant ordered GMV", "no, I mean by week";
    // so does the same question for something else: "same thing for refunds", "swap in gross profit", "同样看一下销量"
    [GeneratedRegex(@"^\s*((不是|不对|" + Slip + @")[,，。!！]?\s*)*(那|那么|那就|那再|换成|换为|换到|改成|改为|改看|切换到|切到|只看|仅看|再看|再按|也看|我是说|我说的是|我指的是|我的意思是|我要的是|同样|一样看|照样|同理)|呢\s*[?？!！。]*\s*$|^\s*((no|sorry|oh|sorry no)[,.]?\s+)?(and|what about|how about|same for|same but|now|then|ok|okay|instead|switch to|change to|just|only|i mean|i meant|i want|i wanted|i was asking about|rather|same thing|same again|the same|swap|swap in|swap to|swap for|replace with|use|actually|make (that|it)|change (that|it)( to)?)(?![a-z0-9])|(?<![a-z0-9])instead(?![a-z0-9])|(?<![a-z0-9])(too|as well)\s*[?.!]*\s*$|^\s*(the )?same[,\s]+but(?![a-z0-9])")]
    private static partial Regex Continuation();

    // The shape of the answer just given, pointed at: "for the same cut", "same ranking but on GMV", "同样的拆分", "一样的排名". The
    // question continues it: split, order and limit stay, only what it names changes.
    [GeneratedRegex(@"(?<![a-z0-9])(the |that |this )?same (cut|split|breakdown|break-down|slice|slicing|view|layout|grouping|ranking|ranking order|order|table)(?![a-z0-9])|(同样|一样|相同)的?(拆分|拆法|切法|维度|分组|排名|排序|排法)")]
    private static partial Regex SameShape();

    /// <summary>The words pointing at the shape of the answer just given ("for the same cut", "same ranking"), or null.</summary>
    public static string? SameShapeWords(string text) => SameShape().Match(text) is { Success: true } m ? m.Value : null;

    // A correction of the question just answered: "我说的是净GMV", "说错了，…", "应该看毛利", "I meant the net version", "it should be gross
    // profit". It corrects that question, so what the answer was (its ranking) stays even when it says its period and split again.
    [GeneratedRegex(@"^\s*((不是|不对|不好意思|抱歉|" + Slip + @")[,，。!！]?\s*)*(我是说|我说的是|我指的是|我的意思是|我要的是|我想要的是|我想看的是|我想问的是|我问的是|我想说的是|应该是|应该看|应该用|应当是|其实是|本来是)|^\s*(不对|" + Slip + @")|^\s*((no|sorry|oh|oops|sorry no|my bad|my mistake|correction|scratch that)[,.:!]?\s+)?(i mean|i meant|what i meant was|i was asking about|i was after|(it |that )?should (be|have been)|(it |that )?should'?ve been)(?![a-z0-9])|^\s*(my bad|my mistake|correction|scratch that)(?![a-z0-9])")]
    private static partial Regex Correction();

    // A part of the question just answered swapped for another: "换成毛利", "改成看净GMV", "switch to gross profit", "make it net GMV".
    // Like a correction, it revises that question, so its ranking stays even when the period and split are said again.
    [GeneratedRegex(@"^\s*(换成|换为|换到|改成|改为|改看|切换到|切到)|^\s*(switch|change|swap)\s+(it\s+|that\s+)?(to|for)(?![a-z0-9])|^\s*(make (that|it)|replace (it |that )?with)(?![a-z0-9])")]
    private static partial Regex Swap();

    // "How many customers paid, then?", "right, then how many paid?", "in that case, the refund rate", "那样的话毛利呢": asked in the case the
    // answer just given sets, so the question continues it. Not a time ("back then", "since then", "until then").
    [GeneratedRegex(@"(?<![a-z0-9])(?<!(back|since|until|till|by|from|before|after|even)\s+)then\s*[?？.!！]*\s*$|^\s*(right|alright|so|well|and|okay|ok)[,.]?\s+then(?![a-z0-9])|(?<![a-z0-9])(in that case|if so|if that'?s the case|in which case)(?![a-z0-9])|那样的话|这样的话|这样子的话|如果这样|既然这样|既然如此")]
    private static partial Regex InThatCase();

    // A lead-in announcing a question of its own: "另外问个事，", "换个问题", "另一个问题", "btw, separate question:", "on a different topic".
    // What follows is read whole, as if the conversation had just begun.
    [GeneratedRegex(@"另外问|换个问题|换个话题|另一个问题|另外一个问题|别的问题|新问题|问个别的|说个别的|题外话|(?<![a-z0-9])((a |one )?(separate|unrelated|new|different|other) (question|topic)|another (question|topic)|change of topic|switching (gears|topics))(?![a-z0-9])")]
    private static partial Regex NewQuestion();

    // Every place at once: "全国的呢", "全国范围", "nationwide?", "across the whole country". No split, no place kept.
    [GeneratedRegex(@"全国|(?<![a-z0-9])(nationwide|nation-wide|countrywide|country-wide|(across |for )?the (whole|entire) country|all (of )?china)(?![a-z0-9])")]
    private static partial Regex Everywhere();

    /// <summary>Whether the question asks for every place at once ("全国的呢", "nationwide?").</summary>
    public static bool AsksEverywhere(string text) => Everywhere().IsMatch(text);

    /// <summary>Whether the question announces itself as a new one ("换个问题，…", "separate question: …"): no follow-up of the last.</summary>
    public static bool StartsAnew(string text) => NewQuestion().IsMatch(text);

    // "加上华南", "也加上京东", "连同天猫", "also south china", "add jd", "plus tmall", "south china too"
    [GeneratedRegex(@"加上|再加|加入|也加|连同|(?<![a-z0-9])also(?![a-z0-9])|(?<![a-z0-9])add(ing)?(?![a-z0-9])|(?<![a-z0-9])plus(?![a-z0-9])|(?<![a-z0-9])(too|as well)\s*[?.!]*\s*$")]
    private static partial Regex Adding();

    // A split added under the one there is, not instead of it: "按门店类型再拆一下", "再按门店类型拆", "进一步细分", "同时按门店类型",
    // "break that down further by store type", "drill down by store type", "then by store type". A bare "按门店类型看" replaces the split.
    [GeneratedRegex(@"再[^,，。;；]{0,12}?(拆|细分|细化|分开|分组|分一下|分\s*[吧呢。.!！?？]*\s*$)|再细|进一步|继续(拆|细|分)|下钻|同时\s*(按|分)|(?<![a-z0-9])(further|drill(ing)? (down|into)|additionally|in addition|then by)(?![a-z0-9])")]
    private static partial Regex AddingSplit();

    // A value excluded in place of the one excluded before, not beside it: "换成去掉京东", "只去掉京东", "还是去掉京东吧", "exclude JD instead",
    // "only drop JD". Without it a second exclusion on the same dimension accumulates.
    [GeneratedRegex(@"换成|换为|改成|改为|而不是|还是|(只|仅|仅仅)(去掉|去除|剔除|排除|不要|不看|不含|除了)|(?<![a-z0-9])(instead|rather|only (drop|remove|exclude|excluding|without))(?![a-z0-9])")]
    private static partial Regex Replacing();

    // A reply pointing at one of the options just offered rather than asking anew: "下单那个", "按下单算的", "付款口径", "付过钱的那些",
    // "the one for placed orders", "the paid one", "the orders-placed version".
    [GeneratedRegex(@"(那|这)(一)?(个|种|些)|口径|算的|版本|的\s*[吧呢啊呀。.!！]*\s*$|(?<![a-z0-9])(one|ones|version|definition|variant|option)(?![a-z0-9])")]
    private static partial Regex PointingAtAnOption();

    // "那除了京东呢", "去掉京东呢", "what about without JD": the same question asked another way, so a value it excludes
    // replaces the one excluded before, unless it says it adds (below).
    [GeneratedRegex(@"呢\s*[?？!！。]*\s*$|^\s*(what|how) about(?![a-z0-9])")]
    private static partial Regex AsksInstead();

    // "再去掉京东", "京东也去掉呢", "what about without JD too": one more, beside what there is.
    [GeneratedRegex(@"再|也|还(?!是)|(?<![a-z0-9])(too|as well|also|another|more)(?![a-z0-9])")]
    private static partial Regex OneMore();

    // "不要筛选", "去掉筛选条件", "取消过滤", "不限", "no filter", "remove the filters", "without any filters", "clear filters"
    [GeneratedRegex(@"(不要|去掉|去除|取消|清除|清空|删掉|拿掉|不加|不用|不带|没有)(任何)?(筛选|过滤|限制|条件)|不筛选|不过滤|不限|(?<![a-z0-9])(no|remove|without|clear|drop|reset|lose)\s+(the\s+|any\s+|all\s+)?(filters?|restrictions?|conditions?)(?![a-z0-9])|(?<![a-z0-9])unfiltered(?![a-z0-9])")]
    private static partial Regex ClearFilters();

    // Just before a dimension or a comparison it takes away: "去掉渠道", "不要按渠道", "不分品类", "without the city split", "drop channel", "no yoy"
    [GeneratedRegex(@"(去掉|去除|不要|不看|不分|不按|不用|不需要|取消|删掉|拿掉|别按|别分)\s*(按|分)?\s*$|(?<![a-z0-9])(without|drop|remove|no|not by|ignore|ignoring|skip|lose|undo|kill|get rid of|take away|no need( to go| to split| to break it down| for it)?( by| per)?|no (split|breakdown|break-down)|(don'?t|do not) need( it)?( by| per)?|no longer( by| per)?|forget( about)?|not (split|broken down|grouped|broken out) by|without (splitting|breaking( it)? down|grouping) by|no (split|breakdown) by)\s+(the\s+)?$")]
    private static partial Regex RemovalBefore();

    // Just before a dimension whose filter is lifted: "所有区域", "全部渠道", "全渠道", "all regions", "every channel", "any city"
    [GeneratedRegex(@"(所有|全部|全体|整个|全)\s*的?\s*$|(?<![a-z0-9])(all|every|any)\s+(the\s+)?$")]
    private static partial Regex AllBefore();

    // Just before a dimension a total is taken over: "the total across channels", "各渠道加起来", "所有区域合计", and the ones shown
    // pointed at: "the total across those channels", "这几个渠道合计"
    [GeneratedRegex(@"(各|各个|所有|全部|全|这几个|那几个|这些|那些|这两个|那两个)\s*的?\s*$|(?<![a-z0-9])(across|over|for|of)\s+(all\s+)?(the\s+|our\s+|those\s+|these\s+|both\s+)?(two\s+|three\s+|four\s+)?$|(?<![a-z0-9])(all|every|both)\s+(the\s+|our\s+|those\s+|these\s+)?$")]
    private static partial Regex SumOverBefore();

    // A time relative to the previous question's own: "再往前一个月", "再往前一礼拜的同一天", "前一期", "the month before", "the previous
    // period", "a year earlier", "the one before that" (not "the week before last", a period of its own). The unit, when one is said, is
    // how far back; a weekend ("the weekend before that", "the previous weekend", 再往前一个周末) is the weekend before the period.
    [GeneratedRegex(@"(?:再往前推?|往前推)(?:\s*(?:一|1)?\s*(?:个|個)?\s*(?<unit>周末|週末|天|日|周|星期|礼拜|禮拜|月|季度?|年))?|前一期|上一期|前一个?(?<unit>周末|週末|天|日|周|星期|礼拜|禮拜|月|季度?|年)|(?<![a-z0-9])the (?<unit>day|week-?end|week|month|quarter|year|period) (before|prior)(?![a-z0-9])(?!\s+last(?![a-z0-9]))|(?<![a-z0-9])the (previous|prior|preceding) (period|one)(?![a-z0-9])|(?<![a-z0-9])the one (before|prior)(?![a-z0-9])(?!\s+last(?![a-z0-9]))|(?<![a-z0-9])the (previous|prior|preceding) (?<unit>week-?end)(?![a-z0-9])|(?<![a-z0-9])(a|one) (?<unit>day|week-?end|week|month|quarter|year) (earlier|before)(?![a-z0-9])|(?<![a-z0-9])the (\d+|two|three|four|five|six|seven|eight|nine|ten|fourteen|thirty) (days|weeks|months) (before|prior|earlier|preceding)(?![a-z0-9])")]
    private static partial Regex StepBack();

    // A total instead of a breakdown: "总计呢", "合计", "加起来呢", "不拆分", "不拆了", "in total", "overall", "what about the total",
    // "all channels combined", "drop the split"; and instead of a trend: "给个总数", "一个数就行", "不看趋势了", "just give me one number",
    // "forget the trend"
    [GeneratedRegex(@"(给|要|来|看|只要|就要)\s*(个|一个|下)?\s*总数|总数(就行|就好|就可以|即可|呢)|一个(数|总数|数字)就(行|好|可以)|(不看|不要|不用|别看|不需要|去掉|取消|别要)\s*(趋势|走势|trend)|(趋势|走势|trend)\s*(就)?(不看|不要|不用|去掉)了?|(?<![a-z0-9])((just |only )?(give me |show me )?(one|a single) (number|figure|total)|(forget( about)?|drop|remove|lose|kill|skip|get rid of|ditch|without) (the|a|that|this|those|these) (trend|breakdown|split|daily|weekly|monthly|days|weeks|months|quarters|years)( view| line| numbers| figures| breakdown)?|no (need for (a |the )?)?trend|(just )?(the |a )?(full|whole)[- ]year (number|figure|total))(?![a-z0-9])|总计|合计|汇总|总共|一共|加起来|合起来|加在一起|合在一起|合并|并起来|放在一起|放一起|一起看|一起算|一块儿?看|一块儿?算|加一块儿?|加到一块儿?|加一起|合一块儿?|加总|总和|总的|整体|总体|不拆分|不拆开|不分组|不拆了|不用拆|别拆|不要拆|不分了|不用分|别分了|去掉拆分|取消拆分|(?<![a-z0-9])(in total|overall|altogether|all together|together|combined|combine|merged?|aggregated?|the total|total|grand total|sum( it| them)?( up)?|summed up|add(ed)?( it| them)? up|no (split|breakdown)|(drop|remove|lose|kill|undo|get rid of|without)( the| that| this)? (split|breakdown|break-down|grouping)|(don'?t|do not|no need to) (split|break it down))(?![a-z0-9])")]
    private static partial Regex Total();

    // Same-length periods a calendar unit back: "去年同一天", "去年今天", "去年同月", "上周同一天", "the same day last year", "this time last year", "a year ago";
    // LY is last year said short, before or after the unit ("same month LY", "LY same period")
    [GeneratedRegex(@"(?<year>去年|上一年|前一年)的?(同一天|同一日|同日|同天|这一天|这天|今天|今日|当天|同月|同一个?月|同一月份|同周|同一个?周|同一个?星期|同一个?礼拜|同季度?|同一个?季度?|这个时候|这时候|此时)|(?<month>上个?月|上一个月)的?(同一天|同一日|同日|同天|这一天|这天|今天|今日|当天)|(?<week>上周|上个?星期|上个?礼拜|上一周)的?(同一天|同一日|同日|同天|这一天|这天|今天|今日|当天)|(?<![a-z0-9])(the )?same (day|date|week|fortnight|month|quarter|time|period) (?:(of |in )?(?<year>last year|ly|a year (ago|earlier|before)|the (previous|prior) year|the year before)|(?<month>last month|a month (ago|earlier|before)|the (previous|prior) month)|(?<week>last week|a week (ago|earlier|before)|the (previous|prior) week))(?![a-z0-9])|(?<![a-z0-9])(this|that) (day|date|time|week|month|quarter) (?<year>last year)(?![a-z0-9])|(?<![a-z0-9])(?<year>ly|last year'?s?)[,\s]+(the )?same (day|date|week|fortnight|month|quarter|time|period)(?![a-z0-9])|(?<![a-z0-9])(?<year>(a|one) year ago)(?![a-z0-9])")]
    private static partial Regex SameUnitBack();

    // The time the conversation is on, pointed at: "how many shoppers paid that day", "on that date", "那天", "那一周". It asks
    // nothing new of the time, so the previous range stays.
    // "for that same month", "同一个月的" point at it too (not 去年同一个月, a year back, read before this).
    [GeneratedRegex(@"(?<![a-z0-9])(on |in |for |during )?(that|the same|that same|this same) (day|date|week|month|quarter|year)(?![a-z0-9])(?!\s+(last|a|one|the|before|earlier)(?![a-z0-9]))|那(一)?(天|日|周|星期|礼拜|个月|一个月|季度|年)|(?<![年周月期])同一(个)?(天|日|周|星期|礼拜|月|季度)")]
    private static partial Regex ThatTime();

    // Just before a period set against the question's own: "比8月", "相比上周", "than in August", "compared with June",
    // "how does that compare with August" (the period compared with, never the range).
    [GeneratedRegex(@"(比|相比|相较|较|than|compared (to|with)|(?<![a-z0-9])compares? (it |that |this |them )?(to|with)|versus|vs\.?|against|side by side with|alongside|next to|beside)\s*(in\s+|the\s+)?$")]
    private static partial Regex AgainstBefore();

    // Around a period set against the question's own: "跟8月比", "和上周相比", "与6月的对比".
    [GeneratedRegex(@"(和|跟|与|同)\s*$")]
    private static partial Regex WithBefore();

    [GeneratedRegex(@"^\s*的?\s*(比|相比|比较|对比)")]
    private static partial Regex CompareAfter();

    // The order turned round: "倒过来", "反过来", "倒序", "the other way round", "other way around", "reverse it", "flip the order"
    [GeneratedRegex(@"倒过来|反过来|倒着|反着|倒序|反序|颠倒|(?<![a-z0-9])(the )?other way (a)?round(?![a-z0-9])|(?<![a-z0-9])(in )?reverse(d)?( the)?( sort)?( order)?(?![a-z0-9])|(?<![a-z0-9])flip( the)?( sort)?( order)?(?![a-z0-9])|(?<![a-z0-9])upside down(?![a-z0-9])|(?<![a-z0-9])invert(ed)?( the)?( order)?(?![a-z0-9])")]
    private static partial Regex Reverse();

    // A filter on the dimension named just after is lifted, its split kept: "不筛渠道了", "别再筛选区域", "no need to filter
    // channels", "stop filtering by region", "don't restrict the channel".
    [GeneratedRegex(@"(不|别|不再|不用|不要|先不|暂时不|就不)\s*(再)?\s*(筛|过滤|限制|限定|卡)(选)?\s*$|(?<![a-z0-9])(no need to|(don'?t|do not|doesn'?t) (need to|have to)|(don'?t|do not)|stop|quit|no more|no longer)\s+(filter(ing)?|restrict(ing)?|limit(ing)?)(\s+(it|them|this|that))?(\s+(on|by|to))?\s+(the\s+)?$")]
    private static partial Regex LiftBefore();

    // ... or just before: "渠道先不筛了", "渠道就不限制了", "渠道的筛选去掉", "channel filter off".
    [GeneratedRegex(@"^\s*(的)?\s*(先|就|也|暂时|暂且)?\s*(不|别|不用|不要|不再)\s*(再)?\s*(筛|过滤|限制|限定|卡)|^\s*的?\s*(筛选|过滤|限制)(条件)?\s*(先|就)?\s*(去掉|去除|取消|不要了|拿掉|删掉|清掉|清除|清空|撤掉)|^\s*(filters?|restrictions?)\s+(off|removed|gone)(?![a-z0-9])")]
    private static partial Regex LiftAfter();

    // ... with the filter named after it and the verb before: "去掉渠道的筛选", "取消区域限制", "drop the channel filter", "no channel filter".
    [GeneratedRegex(@"(去掉|去除|取消|清除|清空|删掉|拿掉|不要|不用|不加|撤掉)\s*$|(?<![a-z0-9])(drop|remove|clear|lose|lift|reset|undo|no|without|get rid of|take off|forget( about)?)\s+(the\s+|any\s+|that\s+)?$")]
    private static partial Regex LiftVerbBefore();

    [GeneratedRegex(@"^\s*的?\s*(筛选|过滤|限制)|^\s*(filters?|restrictions?)(?![a-z0-9])")]
    private static partial Regex FilterWordAfter();

    // "and JD as well", "JD too", "京东也", "还有京东": one more value like the ones the conversation has, so after an exclusion it is excluded
    // too. Not with a word that includes ("加上京东", "add JD", "include JD too"): that takes it in.
    [GeneratedRegex(@"也|还有|(?<![a-z0-9])(too|as well|also)(?![a-z0-9])")]
    private static partial Regex Likewise();

    [GeneratedRegex(@"加上|加入|加回|包括|包含|算上|算进|放回|(?<![a-z0-9])(add|adding|include|including|plus|back in)(?![a-z0-9])")]
    private static partial Regex TakesIn();

    /// <summary>Whether the dimension between <paramref name="before"/> and <paramref name="after"/> has its filter lifted ("不筛渠道了", "drop the channel filter").</summary>
    public static bool LiftsFilter(string before, string after) =>
        LiftBefore().IsMatch(before) || LiftAfter().IsMatch(after) || LiftVerbBefore().IsMatch(before) && FilterWordAfter().IsMatch(after);

    /// <summary>Whether values named without a verb go the same way as the conversation's ("JD too" after an exclusion: excluded as well).</summary>
    public static bool LikeTheOthers(string text) => Likewise().IsMatch(text) && !TakesIn().IsMatch(text);

    /// <summary>How the previous period moves back ("a year earlier", "去年同一天", "前一期"), or null when the question says no such thing.</summary>
    public static TimeStep? StepsBack(string text) => StepBackAt(text)?.Step;

    /// <summary>How the previous period moves back and where the question says so, or null.</summary>
    public static (TimeStep Step, int Start, int End)? StepBackAt(string text)
    {
        var same = SameUnitBack().Match(text);
        if (same.Success)
            return (same.Groups["year"].Success ? TimeStep.Year : same.Groups["month"].Success ? TimeStep.Month : TimeStep.Week, same.Index, same.Index + same.Length);
        var match = StepBack().Match(text);
        if (!match.Success) return null;
        var step = match.Groups["unit"].Value switch
        {
            "年" or "year" => TimeStep.Year,
            "月" or "month" => TimeStep.Month,
            "周" or "星期" or "礼拜" or "禮拜" or "week" => TimeStep.Week,
            "周末" or "週末" or "weekend" or "week-end" => TimeStep.Weekend,
            _ => TimeStep.Period,
        };
        return (step, match.Index, match.Index + match.Length);
    }

    /// <summary>Whether the period at [<paramref name="start"/>, <paramref name="end"/>) is one the question compares with ("为啥比8月少了"), not its own.</summary>
    public static bool ComparesAgainst(string text, int start, int end) =>
        AgainstBefore().IsMatch(text.AsSpan(0, start)) || WithBefore().IsMatch(text.AsSpan(0, start)) && CompareAfter().IsMatch(text.AsSpan(end));

    // ("forget the quarters": the units of a trend, named in the plural, are the trend.)
    [GeneratedRegex(@"趋势|走势|(?<![a-z0-9])(trend|daily|weekly|monthly|days|weeks|months|quarters|years)(?![a-z0-9])")]
    private static partial Regex TrendWord();

    [GeneratedRegex(@"总数|一个数|(one|a single) (number|figure|total)")]
    private static partial Regex OneNumberWord();

    /// <summary>Whether a total word names the trend it drops ("forget the trend", 不看趋势了): the trend goes, nothing else.</summary>
    public static bool NamesTrend(Match total) => TrendWord().IsMatch(total.Value);

    /// <summary>Whether a question asking a total asks for one number (给个总数, "just give me one number"): no split and no trend.</summary>
    public static bool OneNumber(string text) => OneNumberWord().IsMatch(text);

    /// <summary>Where the question asks for a total instead of a breakdown, or null.</summary>
    public static Match? TotalAt(string text) => Total().Match(text) is { Success: true } m ? m : null;

    // Rows pointed at in the plural with no count: "the bottom ones instead", "最低的那几个呢": as many as the ranking had.
    [GeneratedRegex(@"几个|几家|那些|这些|(?<![a-z0-9])(ones|those)(?![a-z0-9])")]
    private static partial Regex PluralRows();

    /// <summary>Whether a ranking word without its own count points at several rows ("the bottom ones"): the previous limit stays.</summary>
    public static bool PointsAtRows(string text) => PluralRows().IsMatch(text);

    // The asker owning up to a slip before correcting it: "说错了，", "搞错了", "口误".
    [GeneratedRegex(@"^\s*(" + Slip + ")")]
    private static partial Regex Admission();

    /// <summary>The words admitting a slip at the start of a correction ("说错了"), or null.</summary>
    public static string? AdmissionWords(string text) => Admission().Match(text) is { Success: true } m ? m.Value : null;

    /// <summary>Where the question turns the previous ranking round ("reverse the order": its "order" is no metric), or null.</summary>
    public static Match? ReverseAt(string text) => Reverse().Match(text) is { Success: true } m ? m : null;

    // The people or things the answer just given counts, pointed at: "他们平均每人花了多少", "each of them", "those customers".
    [GeneratedRegex(@"他们|她们|它们|这些人|那些人|这批人|(?<![a-z0-9])(each of them|they|them|those (people|customers|buyers|shoppers|users))(?![a-z0-9])")]
    private static partial Regex PointingBack();

    // Each one of what was counted: "平均每人", "人均", "average per person", "how much each".
    [GeneratedRegex(@"每人|人均|每个人|每位|(?<![a-z0-9])(per (person|head|customer|buyer|shopper|user)|a head|each|apiece)(?![a-z0-9])")]
    private static partial Regex EachOne();

    // The things the answer just given counts, pointed at as a whole: "what share of those", "那些预约里", "其中有多少".
    [GeneratedRegex(@"那些|这些|其中|(?<![a-z0-9])(those|these|them|of which)(?![a-z0-9])")]
    private static partial Regex PointingAtThose();

    /// <summary>Whether the question points at the things the previous answer counted ("those", "那些预约").</summary>
    public static bool PointsAtThose(string text) => PointingAtThose().IsMatch(text) || PointingBack().IsMatch(text);

    /// <summary>Whether the question points at what the previous answer counted, or at each one of them ("他们", "per person").</summary>
    public static bool PointsAtEachCounted(string text) => PointingBack().IsMatch(text) || EachOne().IsMatch(text);

    // A unit with the definite article alone, "for the month": the conversation's period, not the current one.
    [GeneratedRegex(@"^\s*the\s+(day|week|month|quarter|year)\s*$")]
    private static partial Regex TheUnit();

    /// <summary>Whether the time words are only "the month" / "the week": the conversation's period in a follow-up.</summary>
    public static bool IsTheUnit(string words) => TheUnit().IsMatch(words);

    public static bool Continues(string text) =>
        Continuation().IsMatch(text) || SameShape().IsMatch(text) || Correction().IsMatch(text) || InThatCase().IsMatch(text) || ThatTime().IsMatch(text) || PointingBack().IsMatch(text);

    /// <summary>
    /// Whether the question revises the one just answered: corrects it ("我说的是净GMV", "I meant the net version", "it should be gross
    /// profit") or swaps a part of it ("换成毛利", "switch to gross profit").
    /// </summary>
    public static bool Revises(string text) => Correction().IsMatch(text) || Swap().IsMatch(text);

    /// <summary>The words pointing at what the previous answer counted ("他们", "each of them"), or null.</summary>
    public static string? PointingBackWords(string text) => PointingBack().Match(text) is { Success: true } m ? m.Value : null;

    /// <summary>The words pointing at the time the conversation is on ("that day", "那天"), or null.</summary>
    public static string? ThatTimeWords(string text) => ThatTime().Match(text) is { Success: true } m ? m.Value : null;

    public static bool Adds(string text) => Adding().IsMatch(text);

    public static bool AddsSplit(string text) => AddingSplit().IsMatch(text);

    /// <summary>Whether what the question names replaces the previous part rather than joining it ("换成去掉京东", "那除了京东呢").</summary>
    public static bool Replaces(string text) => Replacing().IsMatch(text) || AsksInstead().IsMatch(text) && !OneMore().IsMatch(text);

    /// <summary>Whether a reply to a clarification points at one of the options ("the paid one", "下单那个").</summary>
    public static bool PointsAtAnOption(string text) => PointingAtAnOption().IsMatch(text);

    public static bool ClearsFilters(string text) => ClearFilters().IsMatch(text);

    public static bool RemovesBefore(string textBefore) => RemovalBefore().IsMatch(textBefore);

    // Just after a dimension it takes away: "门店就不分了", "渠道不用拆了", "城市别再细分".
    [GeneratedRegex(@"^\s*(的)?\s*(就|也|先|暂时)?\s*(不|别|不用|不要|不需要|无需)\s*(再)?\s*(分|拆|区分|细分)")]
    private static partial Regex RemovalAfter();

    /// <summary>Whether the dimension just before <paramref name="textAfter"/> is taken away ("门店就不分了").</summary>
    public static bool RemovesAfter(string textAfter) => RemovalAfter().IsMatch(textAfter);

    // "不分周了", "不按月", "别按天": a negation right before the unit's own 分 / 按 takes the grain away.
    [GeneratedRegex(@"(不|别|不用|不要|不再|无需|不需要)\s*$")]
    private static partial Regex NegationBefore();

    /// <summary>Whether the grain words <paramref name="unit"/> after <paramref name="textBefore"/> take the grain away rather than ask for it.</summary>
    public static bool RemovesUnit(string textBefore, string unit) =>
        RemovalBefore().IsMatch(textBefore) || NegationBefore().IsMatch(textBefore) && unit.TrimStart().Length > 0 && unit.TrimStart()[0] is '按' or '分' or '逐' or '以';

    public static bool AllBeforeMatches(string textBefore) => AllBefore().IsMatch(textBefore);

    // What may stand between a dimension and the total word taking it together: "渠道合起来", "把渠道合并一下", "the channels back together",
    // "channels combined"; and between the word and the dimension after it: "combine the channels", "合并渠道", "add up all the regions".
    [GeneratedRegex(@"^\s*(back\s+|all\s+|both\s+|都|全|全部|一起)?\s*$")]
    private static partial Regex GapBeforeTotal();

    [GeneratedRegex(@"^\s*(up\s+)?(all\s+)?(the\s+|our\s+|its\s+)?$")]
    private static partial Regex GapAfterTotal();

    /// <summary>
    /// Whether the dimension at [<paramref name="start"/>, <paramref name="end"/>) is the one the total word <paramref name="total"/> takes
    /// together ("add the channels back together", "把渠道合起来", "combine the regions"), not a split asked beside a total.
    /// </summary>
    public static bool TakenTogether(string text, int start, int end, Match total) =>
        end <= total.Index ? GapBeforeTotal().IsMatch(text.AsSpan(end, total.Index - end))
        : start >= total.Index + total.Length && GapAfterTotal().IsMatch(text.AsSpan(total.Index + total.Length, start - total.Index - total.Length));

    /// <summary>With a total asked for, the dimension after this text is the one summed over, not a split.</summary>
    public static bool SumsOverBefore(string textBefore) => SumOverBefore().IsMatch(textBefore);
}
