using System.Text.RegularExpressions;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// A split said as the answer's layout: "each member level on its own line", "one row per channel", "give each city its own row",
/// "line by line by region", 每个渠道单独一行, 一个渠道一行, 按品类分行列出来. The dimension named beside them is the split (a bare
/// dimension word, or one after 每个 / each / per, splits as it always does); the layout words ask nothing more, and their "line",
/// "row", 行 are no order lines or items. They are blanked before any reader runs (positions kept).
/// </summary>
public static partial class RowLayoutWords
{
    // "on its own line", "in their own rows", "its own row", "on separate lines", "one row per", "a line for each", "one line each",
    // "line by line", "row by row", "in separate rows", "on a separate line".
    [GeneratedRegex(@"(?<![a-z0-9])(?:(?:on|in|with|as|gets?|has|have)\s+)?(?:its|their|his|her|a)\s+own\s+(?:line|row)s?(?![a-z0-9])|(?<![a-z0-9])(?:on|in|as)\s+(?:a\s+)?(?:separate|individual|different|distinct)\s+(?:lines?|rows?)(?![a-z0-9])|(?<![a-z0-9])(?:one|a|1)\s+(?:line|row)(?=\s+(?:per|for|each|by)(?![a-z0-9]))|(?<![a-z0-9])(?:one|a|1)\s+(?:line|row)\s+each(?![a-z0-9])|(?<![a-z0-9])(?:line|row)\s+by\s+(?:line|row)(?![a-z0-9])")]
    private static partial Regex English();

    // 单独一行, 各占一行, 分别列一行, 一个渠道一行 (一行 right after a word), 一行一个, 分行列出来, 逐行
    [GeneratedRegex(@"(?:单独|各自|分别|各)?\s*(?:占|列|放|排|成|显示|展示|写)?\s*(?:一|1|单)\s*行(?:\s*(?:一个|一家|一种|一类))?(?![人程业李])|(?<![银支总])分\s*行(?!业|情)\s*(?:列出来|列出|列|显示|展示|写出来|写)?|逐\s*行")]
    private static partial Regex Chinese();

    /// <summary>The text with its layout words blanked (same length).</summary>
    public static string Blank(string text)
    {
        var chars = text.ToCharArray();
        foreach (var regex in (Regex[])[English(), Chinese()])
            foreach (Match m in regex.Matches(text))
                Array.Fill(chars, ' ', m.Index, m.Length);
        return new string(chars);
    }
}
