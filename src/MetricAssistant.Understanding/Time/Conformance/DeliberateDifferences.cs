using System.Text.RegularExpressions;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Understanding.Time.Conformance;

/// <summary>
/// The documented list of where we depart from Microsoft Recognizers' test cases, with the reason and
/// the test that recognises each case. Out-of-scope cases are excluded from the score (not run);
/// different-result cases are scored, and count as documented only when our answer is exactly the
/// one described. Everything else that differs is a failure.
/// </summary>
public static partial class DeliberateDifferences
{
    public static IReadOnlyList<DeliberateDifference> All { get; } =
    [
        new("future-windows", DifferenceKind.OutOfScope,
            "Windows reaching forward: next 3 days, within 5 days, 2 days hence, rest of the week, later this month, between now and November 15th, 未来两天, 后1年.",
            "Metrics describe the past; a question about days that have not happened has no data. (Plain 'next month' / 下周 are resolved and scored.)"),
        new("weekends", DifferenceKind.OutOfScope,
            "A weekend named by no week: weekend, on weekend, my weekend, 周末. (this / last / next weekend, 上个周末, 下周末 are resolved and scored.)",
            "In a metrics question a bare 周末 / weekend is a day-of-week filter ('weekend vs weekday GMV'), not a date range."),
        new("parts-of-periods", DifferenceKind.OutOfScope,
            "early/mid/late/beginning/end of a period, earlier this month, 上半月, 下半周.",
            "Fuzzy boundaries (Recognizers picks the 16th, Thursday, September…) would invent a filter no governed metric defines."),
        new("seasons-decades-centuries", DifferenceKind.OutOfScope,
            "Seasons, decades and centuries: this summer, the 1970s, 九十年代, 21st century, the past 2 decades.",
            "Not reporting periods in a retail metrics catalogue."),
        new("historical-years", DifferenceKind.OutOfScope,
            "Reign eras and years before 1900: 康熙三年, 民国三年, year 247, 789年.",
            "No data exists; supporting era names adds risk for no benefit."),
        new("number-word-years", DifferenceKind.OutOfScope,
            "Years spelt in English words: nineteen ninety nine, two thousand and eighteen.",
            "Questions are typed; years arrive as digits."),
        new("weeks-by-ordinal-or-weekday", DifferenceKind.OutOfScope,
            "Weeks named by ordinal or anchor, and English weekday names: the third week of 2027, week 10, month of september 16th, w/c feb 4, 十月的第一周, from Friday the 11th, 四月的最后一个星期一. (The week of a date, week of the 18th / 6月9日那周, is its ISO week: resolved and scored.)",
            "Week numbering conventions differ between organisations (ISO, retail 4-5-4); the catalogue has no such grain. Chinese 上周三 / 本周一 are supported and scored."),
        new("context-dependent", DifferenceKind.OutOfScope,
            "Phrases that need earlier conversation: the same week, that weekend, my week, the week.",
            "A single question carries no antecedent."),
        new("duration-from-anchor", DifferenceKind.OutOfScope,
            "A duration counted from an anchor: for 3 days from today, 2 weeks starting may 20th, a week starting tomorrow.",
            "Scheduling language (out-of-office), not analytics."),
        new("ambiguous-numeric-dates", DifferenceKind.OutOfScope,
            "Slash dates without 年, all-number dates both of whose first numbers could be the month, and all-number dates with a two-digit year: 10/1/2018, from 10/1 to 11/7, 01/22/2016, 10-1-2018, 3-7-07, 27-7-3.",
            "10/1 is 1 October in the US and 10 January elsewhere (Microsoft's own cases disagree between languages); we do not guess, and read no part of such a date (22-01-2019, where only one order is a date, is read)."),
        new("bare-number-days", DifferenceKind.OutOfScope,
            "A day written as a bare number or ordinal word with no month: on 15, for the 27, the second, the thirty. (the 21st, 12号, 29日 are read and scored.)",
            "In a metrics question a bare number is a count, an amount or a rank ('top 15', 'the second store'); only a day with an ordinal suffix or 号 / 日 is read as a day."),
        new("lunar-dates", DifferenceKind.OutOfScope,
            "Days of the lunar calendar: 农历十月初一, 正月初一, 大年三十, 三月初一, 中秋, 端午, 元宵, 重阳, 除夕.",
            "Microsoft's cases write the lunar month and day as if they were solar (中秋 → 8 August 15th); no governed metric is cut by lunar days, and 春节 is read as its holiday week (FestivalRules)."),
        new("ago-calendar-units", DifferenceKind.DifferentResult,
            "a month ago / two years ago / few months ago / 5年前 → that calendar month or year; Microsoft reads the one day a month or two years before today.",
            "CONVENTIONS.md: 'two weeks ago / 3 months ago / a year ago → that calendar week / month / year'; a metric asked for 'a month ago' means last month's figure, not one day's. (N days ago is that day, as Microsoft.)"),
        new("holiday-weeks", DifferenceKind.DifferentResult,
            "春节 / 国庆 → their holiday week (seven days from lunar New Year's Day / 1 October); Microsoft reads one day (and 春节 as 1 January).",
            "FestivalRules: a retail question about 春节 or 国庆 asks about the holiday, whose sales span the week."),
        new("started-ranges", DifferenceKind.DifferentResult,
            "A range without a year that has begun but not ended is this year's: from Sep to Nov on 7 September, from 2 july to 10 july on 10 July; Microsoft's past reading is last year's.",
            "CONVENTIONS.md: '3月 / March without a year → the most recent March that has started'; the range's start decides, and its end day is included."),
        new("inclusive-range-end", DifferenceKind.DifferentResult,
            "Explicit ranges include their end: 从一月十日到十二日 → [01-10, 01-13), 三月到五月 → [03-01, 06-01), 2017 q1 to 2018 q1 → [2017-01, 2018-04), 2016到2018 → [2016, 2019). Microsoft excludes the end day / month / quarter / year.",
            "CONVENTIONS.md: '3月1日到3月15日 → [03-01, 03-16): the end day is included'; '2025年1月到3月: both ends inclusive months'. People asking for 'March 1 to 15' mean the 15th too."),
        new("month-aligned-windows", DifferenceKind.DifferentResult,
            "Windows of months or quarters end at the start of the current month: 上2个月 at 2017-03-22 → [2017-01-01, 2017-03-01), Microsoft [2017-01-22, 2017-03-22).",
            "CONVENTIONS.md: '近三个月 → three complete months'; '过去12个月 follows the months rule'. Partial months would mix incomplete data into monthly metrics. (Day, week and year windows agree with Microsoft: [today − n units, today).)"),
        new("most-recent-weekend", DifferenceKind.DifferentResult,
            "the weekend / over the weekend → the most recent weekend that has started; Microsoft reads the current week's even when it is still ahead.",
            "CONVENTIONS.md (colloquial time): a question about data asks about a weekend that has happened, as '3月 without a year' is the most recent March that has started."),
        new("whole-current-year", DifferenceKind.DifferentResult,
            "今年 / this year is the whole year; Microsoft's model file once reads 今年 as [1 Jan, today).",
            "CONVENTIONS.md: '今年 / this year → the whole current year'; year to date is asked with 今年以来 / YTD."),
    ];

    /// <summary>The out-of-scope difference a case falls under, or null.</summary>
    internal static DeliberateDifference? OutOfScope(string normalizedInput, DateRange expected)
    {
        string? id = null;
        if (FutureWindow.IsMatch(normalizedInput)) id = "future-windows";
        else if (Weekend.IsMatch(normalizedInput)) id = "weekends";
        else if (WeekOrdinal.IsMatch(normalizedInput)) id = "weeks-by-ordinal-or-weekday";
        else if (PartOfPeriod.IsMatch(normalizedInput)) id = "parts-of-periods";
        else if (SeasonDecade.IsMatch(normalizedInput)) id = "seasons-decades-centuries";
        else if (Historical.IsMatch(normalizedInput) || expected.Start.Year < 1900) id = "historical-years";
        else if (NumberWordYear.IsMatch(normalizedInput)) id = "number-word-years";
        else if (Contextual.IsMatch(normalizedInput)) id = "context-dependent";
        else if (DurationAnchor.IsMatch(normalizedInput)) id = "duration-from-anchor";
        else if (SlashDate.IsMatch(normalizedInput)) id = "ambiguous-numeric-dates";
        else if (Lunar.IsMatch(normalizedInput)) id = "lunar-dates";
        else if (BareNumberDay.IsMatch(normalizedInput)) id = "bare-number-days";
        return id is null ? null : Find(id);
    }

    /// <summary>The different-result difference that explains <paramref name="actual"/>, or null (a failure).</summary>
    internal static DeliberateDifference? Explains(string normalizedInput, DateRange expected, DateRange? actual)
    {
        if (actual is null) return null;
        if (RangeJoiner.IsMatch(normalizedInput) && actual.Start == expected.Start && IsOneUnitLater(actual.End, expected.End))
            return Find("inclusive-range-end");
        if (Window.IsMatch(normalizedInput) && actual.Start == MonthStart(expected.Start) && actual.End == MonthStart(expected.End))
            return Find("month-aligned-windows");
        if (TheWeekend.IsMatch(normalizedInput) && actual.Start == expected.Start.AddDays(-7) && actual.End == expected.End.AddDays(-7))
            return Find("most-recent-weekend");
        if (HolidayWeek.IsMatch(normalizedInput) && actual.Days == 7 && actual.Start.Year == expected.Start.Year && expected.Days == 1)
            return Find("holiday-weeks");
        if (RangeJoiner.IsMatch(normalizedInput) && actual.Start == expected.Start.AddYears(1)
            && (actual.End == expected.End.AddYears(1) || IsOneUnitLater(actual.End, expected.End.AddYears(1))))
            return Find("started-ranges");
        if (Ago.IsMatch(normalizedInput) && expected.Days == 1 && actual.Start <= expected.Start && expected.End <= actual.End
            && IsCalendarUnit(actual))
            return Find("ago-calendar-units");
        if (ThisYear.IsMatch(normalizedInput) && expected.Start is { Month: 1, Day: 1 } && actual.Start == expected.Start
            && actual.End == expected.Start.AddYears(1))
            return Find("whole-current-year");
        return null;
    }

    private static DeliberateDifference Find(string id) => All.First(d => d.Id == id);

    private static DateOnly MonthStart(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>A whole ISO week, calendar month or calendar year.</summary>
    private static bool IsCalendarUnit(DateRange r) =>
        (r.Start.DayOfWeek == DayOfWeek.Monday && r.End == r.Start.AddDays(7))
        || (r.Start.Day == 1 && (r.End == r.Start.AddMonths(1) || (r.Start.Month == 1 && r.End == r.Start.AddYears(1))));

    private static bool IsOneUnitLater(DateOnly ours, DateOnly theirs) =>
        ours == theirs.AddDays(1) || ours == theirs.AddMonths(1) || ours == theirs.AddMonths(3) || ours == theirs.AddYears(1);

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // "next 3 days", "next fortnight", "within 5 days", "2 days hence", "rest of the week", "later this month", "between now and november 15th",
    // "未来两天", "后1年" (but not "2010年之后", nor "最后 3 周", the last weeks of a period)
    [GeneratedRegex(@"\bnext\s+(?:[0-9]+|two|three|few|fortnight)\b|\bwithin\b|\bhence\b|in the future|\brest\s+(?:of|the|this)\b|\blater\s+(?:this|in)\b|\b(?:less|more) than\b|between now and|未来|(?<![之以最])后\s*[0-9一二两三四五六七八九十]+\s*(?:年|个月|天|周)", Options)]
    private static partial Regex FutureWindow { get; }

    // "weekend", "on weekend", "my weekend", "周末" — not "this weekend", "the weekend", "下周末", "上上個週末" (resolved)
    [GeneratedRegex(@"(?<!\b(?:this|last|next|past|previous|coming|the)\s+)weekend|(?<![上这這本下个個]\s*)(?:周末|週末)", Options)]
    private static partial Regex Weekend { get; }

    // "the weekend", "over the weekend"
    [GeneratedRegex(@"\bthe\s+weekend\b", Options)]
    private static partial Regex TheWeekend { get; }

    // "early next week", "end of march", "earlier this month", "eoy", "上半月", "下半周"
    [GeneratedRegex(@"\b(?:early|mid|late|beginning|start|end|middle|earlier|eoy|eom|eoq|boy)\b|上半月|下半月|上半周|下半周", Options)]
    private static partial Regex PartOfPeriod { get; }

    // "this summer", "the 1970s", "70's", "九十年代", "21st century", "this decade"
    [GeneratedRegex(@"summer|spring|autumn|\bfall\b|winter|decade|century|[0-9]0\s?'?s\b|'[0-9]0s|noughties|(?:twen|thir|for|fif|six|seven|eigh|nine)ties\b|年代|世纪|夏天|春天|秋天|冬天", Options)]
    private static partial Regex SeasonDecade { get; }

    // "康熙三年", "民国三年", "year 247", "789年"
    [GeneratedRegex(@"康熙|雍正|乾隆|民国|神龙|元年|\byear\s+[0-9]{1,3}\b|(?<![0-9])[0-9]{3}\s*年", Options)]
    private static partial Regex Historical { get; }

    // "nineteen ninety nine", "two thousand and eighteen"
    [GeneratedRegex(@"thousand|hundred|nineteen|twenty", Options)]
    private static partial Regex NumberWordYear { get; }

    // "the third week of 2027", "week 10", "month of september 16th", "w/c feb 4", "十月的第一周", "from friday the 11th", "最后一个星期一"
    [GeneratedRegex(@"\b(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?s?\b|\bweek\s+[0-9]+\b|\bmonth\s+of\b|\bweeks?\s+(?:commencing|starting|beginning)|w/c|\b(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+week|第\S{1,2}周|第\S{1,2}个?星期|最后一个星期", Options)]
    private static partial Regex WeekOrdinal { get; }

    // "the same week", "that weekend", "my week", "the week"
    [GeneratedRegex(@"\b(?:same|that|my)\s+(?:week|month|year)\b|^the week$", Options)]
    private static partial Regex Contextual { get; }

    // "for 3 days from today", "2 weeks starting may 20th", "a week starting tomorrow", "two and half days later"
    [GeneratedRegex(@"\bstarting\b|\bfor\s+(?:a|an|[0-9]+|one|two|three)\s+(?:days?|weeks?)|days later|from today", Options)]
    private static partial Regex DurationAnchor { get; }

    // "10/1/2018", "from 10/1 to 11/7", "01/22/2016", "10-1-2018" (not "22-01-2019" nor "02-02-2020": one reading only)
    [GeneratedRegex(@"(?<![0-9/])[0-9]{1,2}/[0-9]{1,2}(?![0-9])|(?<![0-9-])(?<a>0?[1-9]|1[0-2])-(?!\k<a>-)(?:0?[1-9]|1[0-2])-[0-9]{4}|(?<![0-9-])[0-9]{1,2}-[0-9]{1,2}-[0-9]{1,2}(?![0-9-])", Options)]
    private static partial Regex SlashDate { get; }

    // "到", "至", "-", "to", "between … and", "和…之间", "与…间"
    [GeneratedRegex(@"到|至|-|–|—|~|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b|\bbetween\b|间", Options)]
    private static partial Regex RangeJoiner { get; }

    // "上2个月", "近三个月", "past 6 months", "last 2 quarters"
    [GeneratedRegex(@"(?:近|最近|过去|前|上)\s*\S{1,3}\s*(?:个月|月|年|季)|\b(?:past|last|previous|prior)\s+\S+\s*(?:months?|years?|quarters?)\b|\b(?:past|last|previous|prior)\s+[0-9]+(?:months?|years?)\b", Options)]
    private static partial Regex Window { get; }

    // "农历…", "正月", "腊月", "大年初一", "三月初一", "中秋", "端午", "元宵", "重阳", "除夕", "七夕"
    [GeneratedRegex(@"农历|阴历|正月|腊月|大年|月初[一二三四五六七八九十]|中秋|端午|元宵|重阳|除夕|七夕", Options)]
    private static partial Regex Lunar { get; }

    // "春节", "国庆节"
    [GeneratedRegex(@"春节|国庆", Options)]
    private static partial Regex HolidayWeek { get; }

    // "on 15", "for the 27", "the second", "the thirty" at the end of the text — not "the 21st", "on 15 march"
    [GeneratedRegex(@"\b(?:on|for)\s+(?:the\s+)?(?:[0-9]{1,2}|second|thirty)\s*[.!?]?\s*[.!?]?$", Options)]
    private static partial Regex BareNumberDay { get; }

    // "a month ago", "two years ago", "5年前", "两个月以前" — not "3 days ago" (a day, as Microsoft reads it)
    [GeneratedRegex(@"\b(?:weeks?|months?|years?)\s+ago\b|[0-9一二两三四五六七八九十几]\s*(?:年|个月|周|个星期)\s*[之以]?前", Options)]
    private static partial Regex Ago { get; }

    // "今年", "this year"
    [GeneratedRegex(@"今年|this year", Options)]
    private static partial Regex ThisYear { get; }
}
