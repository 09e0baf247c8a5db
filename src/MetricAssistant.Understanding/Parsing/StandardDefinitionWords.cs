using System.Text.RegularExpressions;
using MetricAssistant.Understanding.Lexicon;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// "the company-standard definition", "the standard number", "the standard company figure", "按标准口径", "official figure": a value word (store_type's
/// "standard") that qualifies a definition, a number or 口径 names the governed definition, not rows of that value.
/// </summary>
public static partial class StandardDefinitionWords
{
    // The word after the value: what a definition is called ("the standard company figure": who sets it may stand between).
    [GeneratedRegex(@"^\s*-?\s*(的\s*)?((company|company's|corporate|group|official|reporting|公司|官方|集团)\s*-?\s*(的\s*)?)?(definitions?|defs?|numbers?|figures?|versions?|calculations?|calc|methodology|measures?|metrics?|basis|way|view|reading|one|口径|定义|算法|计算|版本|数字|数据|指标)(?![a-z])")]
    private static partial Regex DefinitionAfter();

    // The word before the value: who sets the standard.
    [GeneratedRegex(@"(company|company's|corporate|group|official|governed|finance|公司|官方|集团|财务)\s*-?\s*$")]
    private static partial Regex OwnerBefore();

    /// <summary>The terms without the values that only qualify a definition word.</summary>
    public static IReadOnlyList<TermMatch> Without(string text, IReadOnlyList<TermMatch> terms) =>
        terms.Any(IsQualifier(text)) ? [.. terms.Where(t => !IsQualifier(text)(t))] : terms;

    private static Func<TermMatch, bool> IsQualifier(string text) => t =>
        t.Entries.All(e => e.Kind == TermKind.DimensionValue) && IsStandardWord(t.Text)
        && (DefinitionAfter().IsMatch(text[t.End..]) || OwnerBefore().IsMatch(text[..t.Start]));

    // Only the words a definition is qualified by: "standard" of the standard store type, not "flagship" or "outlet".
    private static bool IsStandardWord(string word) => word.Trim() is "standard" or "标准" or "standards";
}
