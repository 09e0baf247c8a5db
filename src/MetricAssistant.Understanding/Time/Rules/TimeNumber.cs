namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>
/// Reads the small counts of time expressions: Arabic digits ("12"), Chinese numerals ("十二", "两",
/// "二十一"), Chinese digit-by-digit years ("二零一七"), and English words ("twelve", "few").
/// Returns false rather than guessing ("三四" is not a number here).
/// </summary>
internal static class TimeNumber
{
    public const int Max = 10_000;

    public static bool TryParse(ReadOnlySpan<char> text, out int value)
    {
        text = text.Trim();
        value = 0;
        if (text.IsEmpty) return false;
        if (char.IsAsciiDigit(text[0]))
            return text.Length <= 5 && int.TryParse(text, out value) && value <= Max;
        if (char.IsAsciiLetterLower(text[0])) return TryEnglish(text, out value);
        return TryChinese(text, out value);
    }

    /// <summary>"二零一七" → 2017, "零八" → 8: one Chinese digit per position, as years are written.</summary>
    public static bool TryChineseDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            var d = Digit(c);
            if (d < 0) return false;
            value = value * 10 + d;
        }
        return !text.IsEmpty;
    }

    private static bool TryChinese(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        int total = 0, current = -1;
        foreach (var c in text)
        {
            var d = Digit(c);
            if (d >= 0)
            {
                if (current >= 0) return false; // "三四": two digits in a row is a vague count, not a number
                current = d;
            }
            else if (c is '十' or '百')
            {
                var unit = c == '十' ? 10 : 100;
                total += (current < 0 ? 1 : current) * unit;
                current = -1;
            }
            else return false;
        }
        value = total + Math.Max(current, 0);
        return value > 0;
    }

    /// <summary>A day of month: "9", "09", "9th", "ninth", "twenty-first", "九"; false when it is no day 1–31.</summary>
    public static bool TryDay(ReadOnlySpan<char> text, out int day)
    {
        text = text.Trim();
        day = 0;
        if (text.Length > 2 && char.IsAsciiDigit(text[0]) && text[^2..] is "st" or "nd" or "rd" or "th") text = text[..^2];
        if (!text.IsEmpty && char.IsAsciiLetterLower(text[0])) day = OrdinalWord(text);
        else if (!TryParse(text, out day)) return false;
        return day is >= 1 and <= 31;
    }

    private static int OrdinalWord(ReadOnlySpan<char> text)
    {
        var tens = 0;
        if (text.StartsWith("twenty")) { tens = 20; text = text[6..].TrimStart(" -"); }
        else if (text.StartsWith("thirty")) { tens = 30; text = text[6..].TrimStart(" -"); }
        var unit = text switch
        {
            "first" => 1, "second" => 2, "third" => 3, "fourth" => 4, "fifth" => 5, "sixth" => 6, "seventh" => 7,
            "eighth" => 8, "ninth" => 9, "tenth" => 10, "eleventh" => 11, "twelfth" => 12, "thirteenth" => 13,
            "fourteenth" => 14, "fifteenth" => 15, "sixteenth" => 16, "seventeenth" => 17, "eighteenth" => 18,
            "nineteenth" => 19, "twentieth" => 20, "thirtieth" => 30,
            _ => 0,
        };
        return unit == 0 ? 0 : tens + unit;
    }

    private static int Digit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    private static bool TryEnglish(ReadOnlySpan<char> text, out int value)
    {
        // "couple of" and "few" are how people say 2 and 3 ("past few days" is 3 days for Recognizers too).
        if (text.StartsWith("couple")) { value = 2; return true; }
        value = text switch
        {
            "one" or "a" or "an" => 1, "two" => 2, "three" or "few" => 3, "four" => 4, "five" => 5,
            "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10, "eleven" => 11,
            "twelve" => 12, "thirteen" => 13, "fourteen" => 14, "fifteen" => 15, "sixteen" => 16,
            "seventeen" => 17, "eighteen" => 18, "nineteen" => 19, "twenty" => 20, "thirty" => 30,
            "forty" => 40, "fifty" => 50, "sixty" => 60, "ninety" => 90,
            _ => 0,
        };
        return value > 0;
    }
}
