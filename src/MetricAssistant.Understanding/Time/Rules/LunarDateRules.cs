using System.Globalization;
using System.Text.RegularExpressions;
using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Time.Rules.TimePatterns;

namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>
/// Days of the Chinese lunar calendar, converted to their solar date: 农历十月初一, 2015年农历正月初一, 三月初一 (a day
/// written 初X / 廿X is lunar), 正月十五, 腊月二十三, 大年初一, 大年三十 (the last day of the year), and the lunar festivals
/// 中秋 / 端午 / 元宵 / 重阳 / 七夕 / 除夕 (one day each). Without a year: the most recent one that has started. Without
/// this a month rule would read 三月初一 as all of March. Microsoft's cases write these as solar dates (DeliberateDifferences).
/// </summary>
internal static partial class LunarDateRules
{
    /// <summary>Read-only use of a calendar is thread-safe; it covers 1901–2100.</summary>
    private static readonly ChineseLunisolarCalendar Lunar = new();

    public static void Find(string text, DateOnly today, List<TimeCandidate> found)
    {
        foreach (Match m in LunarDay.Matches(text))
        {
            var g = m.Groups;
            var lunarMarked = g["lunar"].Success || g["d"].Value[0] is '初' or '廿' || g["m"].Value is "正" or "腊" or "冬";
            if (!lunarMarked || !TryMonth(g["m"].ValueSpan, out var month) || !TryDay(g["d"].ValueSpan, out var day)) continue;
            Add(found, m, month, day, today);
        }
        foreach (Match m in Festival.Matches(text))
        {
            var g = m.Groups;
            var (month, day) = g["f"].Value[..2] switch
            {
                _ when g["mid"].Success => (8, 15), _ when g["boat"].Success => (5, 5), _ when g["lantern"].Success => (1, 15),
                _ when g["ninth"].Success => (9, 9), _ when g["qixi"].Success => (7, 7),
                "中秋" => (8, 15), "端午" => (5, 5), "元宵" => (1, 15), "重阳" => (9, 9), "七夕" => (7, 7),
                "大年" when g["f"].Value[2] == '初' => (1, ChineseDay(g["f"].ValueSpan[2..])),
                _ => (12, 30), // 除夕 / 大年三十 / Chinese New Year's Eve: the year's last day, 29th or 30th
            };
            Add(found, m, month, day, today, festival: true);
        }
    }

    private static void Add(List<TimeCandidate> found, Match m, int month, int day, DateOnly today, bool festival = false)
    {
        DateOnly? date = null;
        // A festival's year is the solar year it falls in: 2024年除夕 is the eve of 2024's Spring Festival (2024-02-09), the last day of
        // lunar 2023. A lunar day written with its month (2015年腊月三十) keeps the lunar year.
        if (YearReference.TryRead(m, today, out var year))
            date = festival && ToSolar(year, month, day) is { } d && d.Year != year ? ToSolar(year - 1, month, day) : ToSolar(year, month, day);
        else
        {
            // The lunar year begins in January or February: this year's date if it has come, else last year's.
            for (var y = today.Year; y >= today.Year - 1 && date is null; y--)
                if (ToSolar(y, month, day) is { } d && d <= today) date = d;
        }
        found.Add(date is { } solar ? TimeCandidate.Calendar(m.Index, m.Length, DateMath.Day(solar)) : TimeCandidate.Invalid(m.Index, m.Length));
    }

    /// <summary>The solar date of a lunar month and day (day 30 of a 29-day 12th month is its last day: 除夕), or null.</summary>
    private static DateOnly? ToSolar(int year, int month, int day)
    {
        if (year < 1901 || year > 2099 || month is < 1 or > 12) return null;
        var leap = Lunar.GetLeapMonth(year); // the index of the leap month (it follows month leap − 1), or 0
        var index = leap > 0 && month >= leap ? month + 1 : month;
        var days = Lunar.GetDaysInMonth(year, index);
        if (month == 12 && day == 30) day = days;
        if (day < 1 || day > days) return null;
        return DateOnly.FromDateTime(Lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }

    private static bool TryMonth(ReadOnlySpan<char> text, out int month)
    {
        month = text switch { "正" => 1, "冬" => 11, "腊" => 12, _ => 0 };
        return month > 0 || ChineseDateRules.TryMonth(text, out month);
    }

    private static bool TryDay(ReadOnlySpan<char> text, out int day)
    {
        day = ChineseDay(text);
        return day is >= 1 and <= 30;
    }

    /// <summary>"初一" → 1, "初十" → 10, "廿三" → 23, "十五" → 15, "三十" → 30; 0 when none.</summary>
    private static int ChineseDay(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return 0;
        if (text[0] == '初') return TimeNumber.TryParse(text[1..], out var d) && d <= 10 ? d : 0;
        if (text[0] == '廿') return text.Length == 1 ? 20 : TimeNumber.TryParse(text[1..], out var u) && u < 10 ? 20 + u : 0;
        return TimeNumber.TryParse(text, out var n) ? n : 0;
    }

    // "农历2015年十月初一", "2015年农历正月初一", "三月初一", "正月三十", "腊月廿三", "农历八月十五"
    [GeneratedRegex(@"(?:" + ZhYear + @"\s*的?\s*)?(?<lunar>农历|阴历)?\s*(?:" + ZhYear + @"\s*的?\s*)?(?<m>正|冬|腊|" + ZhMonthNumber + @")\s*月\s*(?<d>初(?:十|[一二三四五六七八九])|廿[一二三四五六七八九]?|二十[一二三四五六七八九]?|三十|十[一二三四五六七八九]?|[一二三四五六七八九])", Options, TimeoutMs)]
    private static partial Regex LunarDay { get; }

    // "中秋", "中秋节", "2016年端午节", "元宵", "重阳", "七夕", "除夕", "大年初一", "大年三十"; in English with the year before or after:
    // "last year's Mid-Autumn Festival", "the Dragon Boat Festival last year", "Chinese New Year's Eve 2024" (a bare "New Year's Eve" is 31 December)
    [GeneratedRegex(@"(?:(?:" + ZhYear + @"|" + EnYear + @")\s*的?\s*)?(?<f>中秋|端午|元宵|重阳|七夕|除夕|大年初(?:十|[一二三四五六七八九])|大年三十" +
        @"|(?<![a-z])(?:(?<mid>mid-?\s?autumn|moon)|(?<boat>dragon\s+boat|duanwu)|(?<lantern>lantern)|(?<ninth>double\s+ninth|chongyang)|(?<qixi>qixi))\s+festival(?![a-z])" +
        @"|(?<![a-z])(?:chinese|lunar)\s+new\s+year'?s\s+eve(?![a-z]))(?:节)?(?:(?<=[a-z])" + EnYearAfter + @")?", Options, TimeoutMs)]
    private static partial Regex Festival { get; }
}
