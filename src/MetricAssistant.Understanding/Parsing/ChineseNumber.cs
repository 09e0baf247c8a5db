namespace MetricAssistant.Understanding.Parsing;

/// <summary>Small numbers written in digits or Chinese numerals: "5", "五", "两", "十二".</summary>
public static class ChineseNumber
{
    private const string Digits = "零一二三四五六七八九";

    public static int? Parse(string text)
    {
        if (int.TryParse(text, out var n)) return n;
        if (text.Length == 0) return null;
        if (text == "两" || text == "俩") return 2;
        if (text == "仨") return 3;
        var ten = text.IndexOf('十');
        if (ten < 0) return text.Length == 1 && Digits.Contains(text[0]) ? Digits.IndexOf(text[0]) : null;
        var tens = ten == 0 ? 1 : Digit(text[..ten]);
        var ones = ten == text.Length - 1 ? 0 : Digit(text[(ten + 1)..]);
        return tens is null || ones is null ? null : tens * 10 + ones;
    }

    private static int? Digit(string s) => s.Length == 1 && Digits.Contains(s[0]) ? Digits.IndexOf(s[0]) : s == "两" ? 2 : null;

    public const string Pattern = @"\d{1,3}|[一二两三四五六七八九十]{1,3}|仨|俩";

    /// <summary>A count with its measure word (三个, 5家, Cantonese 四间, 两只), or 仨 / 俩, which hold theirs (仨 is 三个): 最高的仨渠道.</summary>
    public const string Counted = @"(?:(?<n>\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(个|家|名|位|款|座|大|间|只)|(?<n>仨|俩))";

    private static readonly Dictionary<string, int> EnglishWords = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["fifty"] = 50,
    };

    // The teens before their units, so that "seventeen" is not read as "seven".
    public const string EnglishPattern = @"\d{1,3}|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|fifty|one|two|three|four|five|six|seven|eight|nine|ten";

    public static int? ParseEnglish(string text) => int.TryParse(text, out var n) ? n : EnglishWords.TryGetValue(text, out var w) ? w : null;
}
