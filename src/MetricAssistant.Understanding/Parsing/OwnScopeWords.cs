using System.Text.RegularExpressions;
using MetricAssistant.Understanding.Concepts;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// Words naming the asker's own part of a dimension (本区域, 我们片区, 我负责的几个渠道, "my region", "the platforms I look
/// after"): they restate the asker's row rule, which the reader does not know. Read as today (a split where one was read),
/// they are marked so that the asker's scope, once known, can take the split away (<see cref="OwnScopeNamed"/>).
/// </summary>
public static partial class OwnScopeWords
{
    // Before the dimension word: "本区域", "我负责的几个渠道", "咱们这几个大区", "my region's", "our own channels".
    [GeneratedRegex(@"(\bmy\s+(own\s+)?|\bour\s+(own\s+)?|我的|我们的|我负责的|我管的|我们负责的|我们管的|我们|咱们|咱|我这边的?|我们这边的?|(?<![日成基根资版样])本)\s*(这|那)?\s*(几个|几家|些|几大)?\s*(的)?\s*$")]
    private static partial Regex Before();

    // After it: "the platforms I look after", "channels I'm responsible for", "regions under me", "渠道我负责的".
    [GeneratedRegex(@"^\s*(that\s+|which\s+)?(i|we)\s*('m|'re|\s+am|\s+are)?\s*(look\s+after|looks\s+after|manage|run|cover|oversee|handle|own|responsible\s+for|in\s+charge\s+of)(?![a-z])|^\s*under\s+me(?![a-z])")]
    private static partial Regex After();

    /// <summary>The own words around a dimension word at [start, end), with the word itself, or null when none are said.</summary>
    public static TextSpan? Around(string text, int start, int end)
    {
        var before = Before().Match(text[..start]);
        var after = After().Match(text[end..]);
        if (!before.Success && !after.Success) return null;
        var from = before.Success ? before.Index : start;
        var to = after.Success ? end + after.Index + after.Length : end;
        return new TextSpan(from, to - from);
    }
}
