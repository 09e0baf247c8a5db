using System.Text.RegularExpressions;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// A metric's name that is not a metric asked for, though another one is: ruled out ("不要毛利额，要毛利率",
/// "not the refund amount"), a state taken out of the other one ("剔除取消的订单"), or a word that only says
/// which of the other one is meant ("转化率，不是预约那个，是访客的").
/// </summary>
public static partial class MetricMentionRoles
{
    // "除了GMV还有订单数", "besides GMV, also orders": the first is kept, the exclusion word only says "in addition to".
    [GeneratedRegex(@"^\s*(以外|之外)?\s*[,，]?\s*(还|也|再|另外|\b(also|as well|too|plus)\b)")]
    private static partial Regex InAdditionAfter();

    // "剔除取消的订单", "去掉退货订单", "excluding cancelled orders", "not counting JD.com orders": the name is the rows a state
    // or a value is taken out of;
    // "order value before any discounts", "sales net of coupons": the name is what the other one is taken before or after
    // ("扣掉退款以后的GMV" is GMV after something is taken out: the name after 以后 / 以外 is the one asked).
    [GeneratedRegex(@"(剔除|去掉|去除|排除|除去|除掉|不含|不包括|不包含|不算|扣掉|扣除)\s*[^\s,，。；;!！?？]{1,6}?\s*的?\s*(?<!(后|外)\s*的?\s*)$|\b(excluding|without|leaving out|leave out|not counting|not including|ignoring|except( for)?|other than|apart from|minus|stripping out|removing|taking out|filtering out)\s+(the\s+|any\s+|all\s+)?([a-z0-9.&'-]+\s+){1,2}$|\b(before|after|prior to|net of|gross of)\s+(the\s+|any\s+|all\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex StateTakenOutBefore();

    // "只算已完成订单的销售额", "counting only paid orders": the name is the rows the other metric keeps; so is "discounts on
    // paid orders", "coupons across all paid orders" (the definition's rows said again, not a second figure).
    // "gross profit from offline sales", "refunds from Tmall orders", "refunds issued on JD.com orders", "units sold by category for
    // online orders" (for with a value word: "for each order" is per unit, "no need for the paid orders" rules them out).
    [GeneratedRegex(@"(只算|只计|只统计|仅算|仅计|仅统计|\bcounting only|\bonly counting)\s*[^\s,，。；;!！?？]{0,4}?\s*$|(?<=[a-z]\s+)(?<!\bneed\s+)\bfor\s+(the\s+|our\s+|all\s+(the\s+|our\s+)?)?(?!(the|our|all|each|every|a|an|one|per)\b)[a-z0-9&.-]+\s+$|(?<=[a-z]\s+)\b(on|among|across)\s+(the\s+|all\s+(the\s+|our\s+)?|our\s+)?([a-z0-9&.-]+\s+)?$|(?<=[a-z]\s+)\bfrom\s+(the\s+|our\s+|all\s+(the\s+|our\s+)?)?([a-z0-9&.-]+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex RowsKeptBefore();

    // "是访客的", "要访客那个": a name closing a clause with 的 / 那个 says which one of another metric is meant.
    [GeneratedRegex(@"(是|要|用|按)\s*$")]
    private static partial Regex WhichBefore();

    [GeneratedRegex(@"^\s*(的|那个|那种)\s*(那个|那种)?\s*([,，。.;；!！?？]|$)")]
    private static partial Regex WhichAfter();

    // "not the web visitor conversion thing", "不是官网访客那个转化率": a negation with a word or two saying which kind of the name
    // between rules the name out as well ("not just GMV" and "not only" add it instead); so does a preference against it
    // ("skip paid orders", "forget the paid count", "I don't need the paid orders").
    [GeneratedRegex(@"\b(not|never|nor|neither|rather than|instead of|other than|except( for)?|apart from|skip|skipping|forget( about)?|(do not|don'?t) (need|want)|no need for)\s+((the|that|this|those|these|any|our)\s+)?((?!(just|only|merely|simply|solely|also|even|too)\b)[a-z0-9-]+\s+){0,2}$|((?<!是)不是|而不是|不要|别拿|别给我)\s*[^\s,，。；;!！?？]{0,6}?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RuledOutKindBefore();

    // "money received, not orders placed", "收到的钱，而不是下单金额": a negation opening a clause of its own, after what is asked,
    // sets a name apart from what was just described (never "not just", nor a negation inside the asked phrase).
    [GeneratedRegex(@"(([,，;；]|—|\s-)\s*(but\s+|and\s+)?(not|never)|\b(rather than|instead of))\s+((the|that|this|those|these|any|our)\s+)?((?!(just|only|merely|simply|solely|also|even|too)\b)[a-z0-9-]+\s+){0,2}$|(而不是|而非|[,，;；]\s*(但|可)?(不是|并非|并不是))\s*[^\s,，。；;!！?？]{0,6}?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ContrastBefore();

    // "支付订单数就不用了，要所有订单", "paid orders I don't need": a name waved away after it, when another is asked.
    [GeneratedRegex(@"^\s*(的)?\s*(就|先|也|我)?\s*(不用了|不用看了|不要了|不需要了|算了|免了|不必了|\b(not needed|no need|i don'?t need|we don'?t need)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex RuledOutAfter();

    // "cancelled orders included", "取消的订单也算", "退款的不算": the rows a state puts in or leaves out; "优惠前的订单金额":
    // what the other is taken before;
    // "已付款订单里各品类的商品行金额": a name followed by 里 / 当中 is the rows the other metric is taken within;
    // "除了天猫订单之外的GMV": the rows left out of the other.
    [GeneratedRegex(@"^\s*(的)?\s*(included|left out|excluded|not counted|not included|(should|must)\s*(n't| not)\s+(be\s+)?(counted|included|in there|count)|(do|does)\s*(n't| not)\s+count|counted in|aside|removed|taken out|taken away|stripped( out)?|filtered out|cut out|thrown out|都算上?|也算|算上|算进去|不算|别算|甭算|不要算|不用算|别数|除外|不含|不计|前的|之前的?|(之外|以外)\s*的|里面?(?!\s*(有|是|占))|当中(?!\s*(有|是|占)))", RegexOptions.IgnoreCase)]
    private static partial Regex ConditionAfter();

    // "'; DROP TABLE orders; --", "select * from orders": a name inside text written as SQL is a table's, not a metric asked.
    [GeneratedRegex(@"\b(drop\s+table|truncate(\s+table)?|delete\s+from|insert\s+into|update|from|join|alter\s+table|create\s+table)\s+(if\s+exists\s+)?[`""\[]?$|(;|--|/\*)\s*[a-z]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SqlBefore();

    [GeneratedRegex(@"[;'""`]\s*(--|;|/\*|drop\b|select\b|delete\b|insert\b|union\b|or\s+1\s*=\s*1)|\b(drop\s+table|delete\s+from|insert\s+into|union\s+select|select\s+\*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SqlText();

    /// <summary>Whether a metric's name before this text stands inside SQL-like text written into the question (an injection).</summary>
    public static bool InSql(string text, string textBefore) => SqlText().IsMatch(text) && SqlBefore().IsMatch(textBefore);

    /// <summary>
    /// Whether a metric's name between these texts only says which rows another metric covers ("cancelled orders left out",
    /// "剔除取消的订单", "只算已完成订单的"): read before the metric is chosen, so the name is not a second metric nor an unclear word.
    /// </summary>
    public static bool IsCondition(string textBefore, string textAfter) =>
        StateTakenOutBefore().IsMatch(textBefore) || RowsKeptBefore().IsMatch(textBefore) || ConditionAfter().IsMatch(textAfter)
        || OnlyBefore().IsMatch(textBefore) && CountAfter().IsMatch(textAfter);

    /// <summary>"only paid orders count": also when the name took the verb in ("paid orders count" read as "paid order count").</summary>
    public static bool OnlyCounted(string textBefore, string name, string textAfter) =>
        OnlyBefore().IsMatch(textBefore) && (CountAfter().IsMatch(textAfter) || CountAfter().IsMatch(name.Split(' ')[^1]) && ClauseEnds().IsMatch(textAfter));

    [GeneratedRegex(@"^\s*([,，.。;；!！?？]|$)")]
    private static partial Regex ClauseEnds();

    // "units sold, only paid orders count": the name is the rows kept, said as what counts.
    [GeneratedRegex(@"\b(only|just)\s+(the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyBefore();

    [GeneratedRegex(@"^\s*(count|counts|are counted|get counted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountAfter();

    // "buyers or not", "付款与否": the name says which rows are counted either way, not what is counted.
    [GeneratedRegex(@"^\s*(or not|or no|or un-?[a-z]+|与否)(?![a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex EitherWayAfter();

    /// <summary>Whether a metric's name before this text is said only to count its rows either way ("buyers or not"), even alone.</summary>
    public static bool EitherWay(string textAfter) => EitherWayAfter().IsMatch(textAfter);

    /// <summary>
    /// Whether the name at <paramref name="start"/>..<paramref name="end"/> is a verb said both ways (退没退款, 退款没退款,
    /// 取消不取消): the rows are counted either way, so the name is no metric asked for.
    /// </summary>
    public static bool SaidBothWays(string text, int start, int end)
    {
        var name = text.AsSpan(start, end - start);
        if (name.Length == 0 || !TextNormalizer.IsCjk(name[0])) return false;
        foreach (var denial in (ReadOnlySpan<string>)["没有", "没", "不"])
        {
            var before = text.AsSpan(0, start);
            if (before.EndsWith(denial, StringComparison.Ordinal))
            {
                var said = before[..^denial.Length];
                // 退没退款 (the verb's first character said first), 退款没退款 (the whole name).
                if (said.EndsWith(name[..1], StringComparison.Ordinal) || said.EndsWith(name, StringComparison.Ordinal)) return true;
            }
            var after = text.AsSpan(end);
            if (after.StartsWith(denial, StringComparison.Ordinal) && after[denial.Length..].StartsWith(name[..1], StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a metric's name after this text is ruled out by a preference or a negation saying which one is not meant ("skip
    /// the paid orders", "not the number of paid orders", "I don't need paid orders"): never a state taken out of rows.
    /// </summary>
    public static bool RuledOutBefore(string textBefore) => RuledOutKindBefore().IsMatch(textBefore);

    /// <summary>Whether a metric's name after this text is set apart, in a clause of its own, from what was asked before it.</summary>
    public static bool ContrastedBefore(string textBefore) => ContrastBefore().IsMatch(textBefore);

    /// <summary>Whether a metric's name between these texts is not asked for, when another metric is.</summary>
    /// <remarks>A name only saying which rows another covers is taken out before the choice (<see cref="IsCondition"/>).</remarks>
    public static bool NotAsked(string textBefore, string textAfter) =>
        (ExclusionMarkers.IsBefore(textBefore) || RuledOutKindBefore().IsMatch(textBefore)) && !InAdditionAfter().IsMatch(textAfter)
        || RuledOutAfter().IsMatch(textAfter)
        || WhichBefore().IsMatch(textBefore) && WhichAfter().IsMatch(textAfter);
}
