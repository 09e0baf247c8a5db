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

    // "just the company standard", "要公司标准口径", "the official one": the governed definition asked for by that name.
    [GeneratedRegex(@"(?<![a-z])(company|company's|corporate|group|official)\s*-?\s*(standard|definition|number|figure|one|version)(?![a-z])|(?<![a-z])standard\s+(company\s+)?(definition|number|figure|one|version)(?![a-z])|(公司|官方|集团)(的)?(标准)?(口径|定义|算法|版本)|标准(的)?(口径|定义|算法|版本)")]
    private static partial Regex StandardAsked();

    /// <summary>Whether the question asks for the governed, company-standard definition by that name ("just the company standard", "按公司标准口径").</summary>
    public static bool AsksForStandard(string text) => StandardAsked().IsMatch(text);

    /// <summary>The terms without the values that only qualify a definition word.</summary>
    public static IReadOnlyList<TermMatch> Without(string text, IReadOnlyList<TermMatch> terms) =>
        terms.Any(IsQualifier(text)) ? [.. terms.Where(t => !IsQualifier(text)(t))] : terms;

    private static Func<TermMatch, bool> IsQualifier(string text) => t =>
        t.Entries.All(e => e.Kind == TermKind.DimensionValue) && IsStandardWord(t.Text)
        && (DefinitionAfter().IsMatch(text[t.End..]) || OwnerBefore().IsMatch(text[..t.Start]));

    // Only the words a definition is qualified by: "standard" of the standard store type, not "flagship" or "outlet".
    private static bool IsStandardWord(string word) => word.Trim() is "standard" or "标准" or "standards";
}
