using System.Text.RegularExpressions;
using MetricAssistant.QueryModel;
using static MetricAssistant.Understanding.Time.Rules.TimePatterns;

namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>
/// Shopping festivals and holidays: 双十一 / 双11 / double 11 / 11.11 → [11-11, 11-12); 双12; 618 / 6.18
/// → [06-18, 06-19); 国庆 → the Golden Week [10-01, 10-08); 元旦 → 1 January; 春节 → the first seven days
/// of the lunar year (table below); 情人节, 妇女节, 教师节, 圣诞节 … → their day; 母亲节 / 父亲节 / 感恩节 → their
/// Sunday or Thursday. Without a year: this year's once it has started, else last year's.
/// </summary>
internal static partial class FestivalRules
{
    /// <summary>Lunar New Year's Day, 2010–2035 (the festival has no closed-form rule).</summary>
    private static readonly DateOnly[] SpringFestivals =
    [
        new(2010, 2, 14), new(2011, 2, 3), new(2012, 1, 23), new(2013, 2, 10), new(2014, 1, 31),
        new(2015, 2, 19), new(2016, 2, 8), new(2017, 1, 28), new(2018, 2, 16), new(2019, 2, 5),
        new(2020, 1, 25), new(2021, 2, 12), new(2022, 2, 1), new(2023, 1, 22), new(2024, 2, 10),
        new(2025, 1, 29), new(2026, 2, 17), new(2027, 2, 6), new(2028, 1, 26), new(2029, 2, 13),
        new(2030, 2, 3), new(2031, 1, 23), new(2032, 2, 11), new(2033, 1, 31), new(2034, 2, 19),
        new(2035, 2, 8),
    ];

    public static void Find(string text, DateOnly today, List<TimeCandidate> found)
    {
        foreach (Match m in Festival.Matches(text))
        {
            var hasYear = YearReference.TryRead(m, today, out var year);
            var festival = m.Groups["f"].Value;
            if (m.Groups["spring"].Success)
            {
                AddSpringFestival(found, m, hasYear ? year : null, today);
                continue;
            }
            if (m.Groups["floating"].Success)
            {
                AddFloating(found, m, hasYear ? year : null, today);
                continue;
            }
            var (month, day, days) = festival switch
            {
                _ when m.Groups["fixed"].Success => FixedDay(festival),
                _ when m.Groups["d11"].Success => (11, 11, 1),
                _ when m.Groups["d12"].Success => (12, 12, 1),
                _ when m.Groups["s618"].Success => (6, 18, 1),
                _ when m.Groups["national"].Success => (10, 1, 7),
                _ => (1, 1, 1),
            };
            if (!hasYear) year = new DateOnly(today.Year, month, day) <= today ? today.Year : today.Year - 1;
            if (!DateMath.IsSafeYear(year)) continue;
            found.Add(TimeCandidate.Calendar(m.Index, m.Length, DateMath.Days(new DateOnly(year, month, day), days)));
        }
    }

    /// <summary>Festivals on a fixed solar day: one day each.</summary>
    private static (int Month, int Day, int Days) FixedDay(string festival) => festival[..2] switch
    {
        "劳动" => (5, 1, 1), "情人" => (2, 14, 1), "妇女" or "三八" => (3, 8, 1), "女生" => (3, 7, 1), "植树" => (3, 12, 1), "愚人" => (4, 1, 1),
        "青年" => (5, 4, 1), "儿童" => (6, 1, 1), "建党" => (7, 1, 1), "建军" => (8, 1, 1), "教师" => (9, 10, 1),
        "万圣" => (10, 31, 1), "平安" => (12, 24, 1), _ => (12, 25, 1), // 圣诞
    };

    /// <summary>
    /// 母亲节: the second Sunday of May; 父亲节: the third Sunday of June; 感恩节: the fourth Thursday of November;
    /// 清明: the solar term, 4 or 5 April (the 21st-century formula; other centuries have no data here).
    /// </summary>
    private static void AddFloating(List<TimeCandidate> found, Match m, int? year, DateOnly today)
    {
        var kind = m.Groups["floating"].Value[0];
        var y = year ?? today.Year;
        if (y is < 2001 or > 2099) return;
        var date = Floating(kind, y);
        if (year is null && date > today) date = Floating(kind, y - 1);
        found.Add(TimeCandidate.Calendar(m.Index, m.Length, DateMath.Day(date)));
    }

    private static DateOnly Floating(char kind, int year) => kind switch
    {
        '母' => Nth(year, 5, DayOfWeek.Sunday, 2),
        '父' => Nth(year, 6, DayOfWeek.Sunday, 3),
        '感' => Nth(year, 11, DayOfWeek.Thursday, 4),
        _ => new DateOnly(year, 4, (int)((year % 100) * 0.2422 + 4.81) - (year % 100) / 4),
    };

    private static DateOnly Nth(int year, int month, DayOfWeek weekday, int nth)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)weekday - (int)first.DayOfWeek + 7) % 7 + 7 * (nth - 1));
    }

    private static void AddSpringFestival(List<TimeCandidate> found, Match m, int? year, DateOnly today)
    {
        DateOnly? chosen = null;
        foreach (var date in SpringFestivals)
        {
            if (year is { } y ? date.Year == y : date <= today) chosen = date;
        }
        if (chosen is { } start) found.Add(TimeCandidate.Calendar(m.Index, m.Length, DateMath.Days(start, 7)));
    }

    // "双11", "双十一", "去年双11", "last year's double 11", "2024年双十一", "double 11", "singles day", "11.11", "618", "6.18", "今年618",
    // "国庆", "国庆黄金周", "春节", "春节期间", "元旦" — not "6180" nor "6.18%" (numbers)
    // An English year before the day ("last year's double 11", "this year's 618", "2024 singles' day") is read as 去年 is; so is one after
    // an English name or a day said in digits ("the Spring Festival last year", "singles day 2023", "618 last year", "double 11 2024").
    [GeneratedRegex(@"(?:(?:" + ZhYear + @"|" + EnYear + @")\s*的?\s*)?(?<f>(?<d11>双\s*11|双十一|光棍节|double\s*(?:11|eleven)|singles'?\s*day|(?<![0-9.])11[./]11(?![0-9]))" +
        @"|(?<d12>双\s*12|双十二|double\s*(?:12|twelve)|(?<![0-9.])12[./]12(?![0-9]))" +
        @"|(?<s618>(?<![0-9.])6\.?18(?![0-9%万千亿元块]|\.[0-9])|(?<![0-9.])6/18(?![0-9])|六一八)" +
        @"|(?<national>国庆(?:节|假期|黄金周|长假)?|十一黄金周)" +
        @"|(?<spring>春节(?:期间|假期)?|(?:chinese|lunar)\s+new\s+year|spring\s+festival)" +
        @"|(?<fixed>劳动节|情人节|妇女节|三八节|女生节|植树节|愚人节|青年节|儿童节|建党节|建军节|教师节|万圣节|平安夜|圣诞节?)" +
        @"|(?<floating>母亲节|父亲节|感恩节|清明节?)" +
        @"|(?<newyear>元旦))(?:节|大促|当天)?(?:(?<=[a-z0-9])" + EnYearAfter + @")?", Options, TimeoutMs)]
    private static partial Regex Festival { get; }
}
