using System.Text.RegularExpressions;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// A long message that tells its story before it asks ("昨天开会老板又问了，我也说不清，你帮我查一下上个月各渠道的订单数",
/// "Sorry, long week, the Hangzhou offsite ran late yesterday. What I need: last quarter's paid orders by region"): the words
/// before the ask (a request to the reader, "what I need", 帮我查一下, 我就想知道) are background. Their times, places and
/// channels say what happened, not what is asked, so they must reach no reader.
/// </summary>
public static partial class BackgroundClauses
{
    // The ask, after a clause break: a request to the reader or a statement of what the asker needs.
    [GeneratedRegex(@"(?<=[,.;:!?—–\-]\s*)(?:所以|那|那就|反正|总之|但是?|可是|不过|就)?\s*(?:你|麻烦你?|请你?|劳驾)?\s*(?:帮(?:我|忙)?|给我)\s*(?:查|看|拉|找|算|统计|出|调|捞|瞅|瞧|整|列|对|比|拆|跑)"
        + @"|(?<=[,.;:!?—–\-]\s*)(?:所以|那|反正|总之|但是?|不过)?\s*我(?:现在|今天)?\s*(?:就|只|就只|只是)?\s*(?:想(?:先)?(?:知道|看|问|要)?|要(?:看|问|知道)|(?:差|缺)(?:一个|个)?)"
        + @"|(?<=[,.;:!?—–\-]\s*)(?:说正事|正事是|言归正传|回到正题)"
        + @"|(?<=[,.;:!?—–\-]\s*)(?:so\s+|but\s+|anyway\s*,?\s*)?(?:what\s+i\s+(?:actually\s+|really\s+)?(?:need|want|am after|'m after)|all\s+i\s+need|i\s+(?:just\s+|only\s+)?need|the\s+(?:one|only)\s+(?:number|thing|figure)\s+i\s+(?:still\s+)?(?:need|owe|want)|can\s+you\s+(?:pull|get|give|check|tell|send)|could\s+you\s+(?:pull|get|give|check|tell|send)|please\s+(?:pull|get|give|check|send))(?![a-z])"
        + @"|(?<=[.;!?]\s*)anyway(?![a-z])"
        // "Quick one before my flight tomorrow: GMV for May": an opening aside closed by a colon or a dash.
        + @"|(?<=^\s*(?:quick\s+(?:one|question|q)|one\s+(?:quick\s+)?(?:thing|question)|small\s+ask|sorry\s+to\s+bug\s+you)[^:：—]{0,80}[:：—]\s*)(?=\S)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AskWords();

    // What a background must hold to be one: at least this much said before the ask (a time or a place alone, "上个月，帮我看下
    // GMV", is the question's own, said first).
    private const int MinimumChinese = 10;
    private const int MinimumEnglishWords = 6;

    /// <summary>Where the ask begins, and whether what comes before is long enough to be a story; null when nothing asks.</summary>
    public static (int Start, bool Story)? Ask(string text)
    {
        var asks = AskWords().Matches(text);
        if (asks.Count == 0 || asks[^1].Index == 0) return null;
        var start = asks[^1].Index;
        var before = text[..start];
        var chinese = before.Count(c => c is >= '\u4e00' and <= '\u9fff');
        var words = Regex.Count(before, @"[A-Za-z]+");
        return (start, chinese >= MinimumChinese || words >= MinimumEnglishWords || chinese + words >= MinimumChinese);
    }

    /// <summary>The story told before <paramref name="askStart"/>, without the break that ends it (for the answer to name).</summary>
    public static string Story(string text, int askStart) => text[..askStart].Trim().TrimEnd(',', '.', ';', ':', '!', '?', '—', '–', '-', '，', '。', '；', '：', '！', '？', ' ');

    /// <summary>The text with the background before <paramref name="askStart"/> blanked (same length, positions kept).</summary>
    public static string Blank(string text, int askStart) => new string(' ', askStart) + text[askStart..];
}
