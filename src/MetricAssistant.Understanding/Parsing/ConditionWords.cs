using System.Text.RegularExpressions;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// A condition on a dimension written the way an analyst writes SQL: "where 渠道 = 京东", "region in (east, south)",
/// "channel is not store", "store_type &lt;&gt; outlet", "区域为华东". The dimension word only names the kind of the values
/// after it, so it restricts (in, or not_in when the operator negates) and never splits; "group by channel" still splits.
/// </summary>
public static partial class ConditionWords
{
    // What stands between the dimension word and its first value: an operator, an opening bracket or quote.
    [GeneratedRegex(@"^\s*(==?|:=|!=|<>|≠|(?<![a-z])(is\s+not|is|not\s+in|in|not\s+equal\s+to|equals?|not)(?![a-z])|不等于|等于|不为|不是|为|是)\s*[(（]?\s*['""‘“`]?\s*$")]
    private static partial Regex OperatorBetween();

    // The operators that leave the values out.
    [GeneratedRegex(@"^\s*(!=|<>|≠|(?<![a-z])(is\s+not|not\s+in|not\s+equal\s+to|not)(?![a-z])|不等于|不为|不是)")]
    private static partial Regex NegatingOperator();

    /// <summary>Whether the text between a dimension word and a value of that dimension is a condition's operator.</summary>
    public static bool IsOperator(string between) => OperatorBetween().IsMatch(between);

    /// <summary>Whether that operator leaves the values out (!=, &lt;&gt;, is not, not in, 不等于, 不是).</summary>
    public static bool Negates(string between) => NegatingOperator().IsMatch(between);
}
