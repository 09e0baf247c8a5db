using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Text;
using MetricAssistant.Understanding.Text.Segmentation;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// The time reader's own words typed by sound, as <see cref="PinyinHomophones"/> reads the catalog's names: 下询 → 下旬,
/// 上询 → 上旬, 月氐 → 月底. A two-character span no catalog term takes, that is no word of its own (年终 is no 年中) and whose slip is no part of a word beside it (今年第一 holds no 年底), whose
/// characters read (tones aside) as exactly one of these words, keeping one of its characters and slipping the other, is read
/// as that word. Without it the slip is left over and the month part is silently widened to the whole month.
/// </summary>
public static class TimeWordSounds
{
    // The month and year parts the time rules read (上旬 … 下旬, 月初 … 年末); all of two characters.
    private static readonly string[] Words = ["上旬", "中旬", "下旬", "月初", "月中", "月底", "月末", "年初", "年中", "年底", "年末", "季初", "季末"];

    // Characters that stand in questions for themselves, never a slip (今年出的订单, 上个月除华东外 hold no 年初 / 月初).
    private const string NeverSlips = "们这那哪它她他我你您其此些就都也还又很太更把被让给从向到过着第出去来做卖买用除处";

    private static readonly Lazy<IReadOnlyDictionary<string, string[]>> BySound = new(() => Words
        .Select(w => (Word: w, Key: ChinesePinyin.Key(w)))
        .Where(p => p.Key is not null)
        .GroupBy(p => p.Key!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(p => p.Word).ToArray(), StringComparer.Ordinal));

    /// <summary>The text with each time word typed by sound written as meant (same length), and those readings.</summary>
    public static (string Text, IReadOnlyList<PinyinHomophones.Reading> Readings) Read(string text, CatalogLexicon lexicon)
    {
        if (!text.Any(TextNormalizer.IsCjk)) return (text, []);
        List<PinyinHomophones.Reading>? readings = null;
        IReadOnlyList<TermMatch>? terms = null;
        for (var i = 0; i + 2 <= text.Length; i++)
        {
            var window = text.AsSpan(i, 2);
            if (window.ContainsAnyExceptInRange('\u4e00', '\u9fff') || ChinesePinyin.Key(window) is not { } key
                || !BySound.Value.TryGetValue(key, out var meant) || meant.Length != 1) continue;
            var word = meant[0];
            var typed = window.ToString();
            if (typed == word || !Slip(typed, word) || JiebaRuntime.IsWord(typed) || CutsAWord(text, i, typed, word)) continue;
            terms ??= LexiconScanner.Scan(lexicon, text);
            if (terms.Any(m => m.Start < i + 2 && m.End > i)) continue;
            (readings ??= []).Add(new PinyinHomophones.Reading(i, typed, word));
            i++;
        }
        if (readings is null) return (text, []);
        var chars = text.ToCharArray();
        foreach (var r in readings) r.Meant.CopyTo(0, chars, r.Start, r.Meant.Length);
        return (new string(chars), readings);
    }

    // The slipped character makes a word with its neighbour outside the span: 今年第一季度 holds 年第, whose 第 is 第一's.
    private static bool CutsAWord(string text, int start, string typed, string word) =>
        typed[0] != word[0] ? start > 0 && JiebaRuntime.IsWord(text.Substring(start - 1, 2))
        : start + 2 < text.Length && JiebaRuntime.IsWord(text.Substring(start + 1, 2));

    // One character kept, the other a real slip (no common character, no question word).
    private static bool Slip(string typed, string word)
    {
        var kept = 0;
        for (var k = 0; k < word.Length; k++)
        {
            if (typed[k] == word[k]) kept++;
            else if (!ChineseTypoMatcher.Typo(typed[k]) || NeverSlips.Contains(typed[k])) return false;
        }
        return kept > 0;
    }
}
