using System.Text.RegularExpressions;

namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>Reads the year groups of <see cref="TimePatterns.ZhYear"/> / <see cref="TimePatterns.EnYear"/>.</summary>
internal static class YearReference
{
    /// <summary>False when the match names no year (then the expression's year is implied).</summary>
    public static bool TryRead(Match match, DateOnly today, out int year)
    {
        year = 0;
        Group group;
        if ((group = match.Groups["y"]).Success) return int.TryParse(group.ValueSpan, out year);
        if ((group = match.Groups["ycn"]).Success)
        {
            if (!TimeNumber.TryChineseDigits(group.ValueSpan, out year)) return false;
            if (group.Length == 2) year = TwoDigit(year, today);
            return true;
        }
        if ((group = match.Groups["ywd"]).Success)
        {
            // "两千零四" → 2000 + "四"; "两千" alone → 2000 (零 only marks the empty hundreds and tens).
            var rest = group.ValueSpan[2..].TrimStart('零');
            if (rest.IsEmpty) { year = 2000; return true; }
            if (!TimeNumber.TryParse(rest, out var units)) return false;
            year = 2000 + units;
            return true;
        }
        if ((group = match.Groups["y2"]).Success && int.TryParse(group.ValueSpan, out year))
        {
            year = TwoDigit(year, today);
            return true;
        }
        if ((group = match.Groups["yrel"]).Success)
        {
            year = today.Year + Offset(group.Value);
            return true;
        }
        return false;
    }

    /// <summary>"18年" is 2018 and "99年" is 1999: the century that puts the year at most ten years ahead.</summary>
    public static int TwoDigit(int yy, DateOnly today) => 2000 + yy <= today.Year + 10 ? 2000 + yy : 1900 + yy;

    private static int Offset(string word) => word switch
    {
        "去年" or "上年" or "上一年" or "last year" or "previous year" => -1,
        "前年" => -2,
        "明年" or "下年" or "下一年" or "next year" => 1,
        "后年" => 2,
        _ when word.StartsWith("last") || word.StartsWith("previous") => -1,
        _ when word.StartsWith("next") => 1,
        _ => 0,
    };
}
