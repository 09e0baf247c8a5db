using System.Globalization;
using System.Text;

namespace MetricAssistant.Understanding.Text;

/// <summary>
/// Puts a question into one canonical form before anything reads it: full-width letters, digits and
/// punctuation become half-width ("ＧＭＶ？" → "gmv?"), Chinese punctuation becomes ASCII, letters are
/// lower-cased, runs of white space become one space, traditional characters become simplified (營收 → 营收, one for
/// one), a hyphen between two English words becomes a space ("refund-rate" → "refund rate", <see cref="HyphenatedWords"/>).
/// Character positions of CJK text are kept.
/// </summary>
public static partial class TextNormalizer
{
    public const int MaxLength = 500;

    public static string Normalize(string text)
    {
        // Most catalog words (metric ids, Chinese names) are already in normal form; building the lexicon of a 100k-metric
        // catalog normalises about a million of them, so those skip the Unicode normalisation and the copies.
        if (IsAlreadyNormal(text)) return text;
        // An ellipsis ("那个……3月份") is a pause, not three full stops before a number ("...3" would read as a decimal).
        if (text.Contains('…') || text.Contains('⋯')) text = text.Replace('…', ' ').Replace('⋯', ' ');
        var compatible = text.Normalize(NormalizationForm.FormKC);
        // At most one character out for each in: the buffer is rented, not a builder and its copies for each of the
        // hundreds of thousands of English names and descriptions a large catalog's start normalises.
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(compatible.Length);
        var length = 0;
        var lastWasSpace = true;
        foreach (var raw in compatible)
        {
            var c = raw switch
            {
                '，' or '、' => ',',
                '。' => '.',
                '？' => '?',
                '！' => '!',
                '：' => ':',
                '；' => ';',
                '（' => '(',
                '）' => ')',
                '“' or '”' or '「' or '」' or '『' or '』' => '"',
                '‘' or '’' => '\'',
                '～' => '~',
                '\u3000' => ' ',
                _ => TraditionalChinese.Simplify(raw),
            };
            if (char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Control)
            {
                if (!lastWasSpace) buffer[length++] = ' ';
                lastWasSpace = true;
                continue;
            }
            buffer[length++] = char.ToLowerInvariant(c);
            lastWasSpace = false;
        }
        var normal = new string(buffer.AsSpan(0, length).Trim());
        System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        return HyphenatedWords.Space(JoinLetters(JoinCjk(normal)));
    }

    /// <summary>
    /// Letters typed apart are one word: "g m v" → "gmv" (three or more single letters in a row), and so are
    /// dotted or hyphenated initials: "a.o.v." → "aov", "g-m-v" → "gmv".
    /// </summary>
    private static string JoinLetters(string text)
    {
        // Each pattern needs three characters in a row that a scan finds far faster than the regex can rule them out
        // (catalog descriptions are sentences with spaces and full stops, normalised by the hundred thousand at start-up).
        if (HasRun(text, ' ', 2)) text = SpacedLetters().Replace(text, m => m.Value.Replace(" ", ""));
        if (HasRun(text, '.', 1) || HasRun(text, '-', 1)) text = DottedLetters().Replace(text, m => m.Value.Replace(".", "").Replace("-", ""));
        return text;
    }

    /// <summary>Whether <paramref name="letters"/> + 1 lower-case ASCII letters stand in a row, each two with <paramref name="between"/> between them ("g m v": ' ', 2).</summary>
    private static bool HasRun(string text, char between, int letters)
    {
        for (var at = text.IndexOf(between); at >= 0; at = text.IndexOf(between, at + 1))
        {
            if (at == 0) continue;
            var start = at - 1;
            var end = start + 2 * letters;
            if (end >= text.Length) return false;
            var run = true;
            for (var i = start; i <= end && run; i += 2)
                run = char.IsAsciiLetterLower(text[i]) && (i == end || text[i + 1] == between);
            if (run) return true;
        }
        return false;
    }

    // "a.o.v.", "g-m-v", "u.v.": single Latin letters joined by dots or hyphens (two or more letters)
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![a-z0-9.\-])[a-z]([.\-][a-z])+\.?(?![a-z0-9])")]
    private static partial System.Text.RegularExpressions.Regex DottedLetters();

    // "g m v", "a o v": single Latin letters separated by single spaces, not part of longer words
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![a-z])[a-z]( [a-z]){2,}(?![a-z])")]
    private static partial System.Text.RegularExpressions.Regex SpacedLetters();

    /// <summary>Chinese uses no spaces between words, so a space between two ideographs is noise: "毛 利 率" → "毛利率".</summary>
    private static string JoinCjk(string text)
    {
        if (!HasCjkSpace(text)) return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ' && i > 0 && i + 1 < text.Length && IsCjk(text[i - 1]) && IsCjk(text[i + 1])) continue;
            builder.Append(text[i]);
        }
        return builder.ToString();
    }

    /// <summary>Whether a space stands between two ideographs: most text with spaces (English names) has none and is kept as it is.</summary>
    private static bool HasCjkSpace(string text)
    {
        for (var i = text.IndexOf(' '); i >= 0; i = text.IndexOf(' ', i + 1))
            if (i > 0 && i + 1 < text.Length && IsCjk(text[i - 1]) && IsCjk(text[i + 1])) return true;
        return false;
    }

    /// <summary>Only lower-case ASCII letters, digits, '_' and CJK ideographs: every step of <see cref="Normalize"/> leaves such text as it is.</summary>
    private static bool IsAlreadyNormal(string text)
    {
        foreach (var c in text)
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_' || IsCjk(c) && !TraditionalChinese.IsTraditional(c))) return false;
        return true;
    }

    public static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
}
