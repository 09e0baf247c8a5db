using System.Text.RegularExpressions;
using static MetricAssistant.Understanding.Time.Rules.TimePatterns;

namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>
/// Days named against a month the text does not spell out: 本月十日 / 上个月15号 / 去年本月十日 (a day of a relative
/// month, which would otherwise be read as the whole month), and a day alone, 12号 / 29日 / on the 21st (the most
/// recent one that has started, as Recognizers' past reading and CONVENTIONS' "a day without a month").
/// </summary>
internal static partial class DayOfMonthRules
{
    public static void Find(string text, DateOnly today, List<TimeCandidate> found)
    {
        foreach (Match m in RelativeMonthDay.Matches(text))
        {
            if (!TimeNumber.TryParse(m.Groups["d"].ValueSpan, out var day)) continue;
            var month = DateMath.MonthStart(today).AddMonths(Offset(m.Groups["rel"].ValueSpan));
            if (YearReference.TryRead(m, today, out var year))
            {
                if (!DateMath.IsSafeYear(year)) continue;
                month = new DateOnly(year, month.Month, 1);
            }
            found.Add(day <= DateTime.DaysInMonth(month.Year, month.Month)
                ? TimeCandidate.Calendar(m.Index, m.Length, DateMath.Day(month.AddDays(day - 1)))
                : TimeCandidate.Invalid(m.Index, m.Length));
        }
        foreach (Match m in BareDay.Matches(text)) AddMostRecent(found, m, today);
        foreach (Match m in EnBareDay.Matches(text)) AddMostRecent(found, m, today);
    }

    private static void AddMostRecent(List<TimeCandidate> found, Match m, DateOnly today)
    {
        if (!TimeNumber.TryDay(m.Groups["d"].ValueSpan, out var day)) return;
        // The most recent month holding that day on or before today (29日 in March of a leap year is 29 February).
        var month = DateMath.MonthStart(today);
        for (var back = 0; back < 12; back++, month = month.AddMonths(-1))
        {
            if (day > DateTime.DaysInMonth(month.Year, month.Month) || month.AddDays(day - 1) > today) continue;
            found.Add(TimeCandidate.Calendar(m.Index, m.Length, DateMath.Day(month.AddDays(day - 1))));
            return;
        }
    }

    private static int Offset(ReadOnlySpan<char> relative) => relative[0] switch { '上' => -1, '下' => 1, _ => 0 };

    // "本月十日", "这个月15号", "上个月20号", "下月1日", "去年本月十日"
    [GeneratedRegex(@"(?:" + ZhYear + @"\s*的?\s*)?(?<rel>本月|这个?月|当月|上个?月|下个?月)\s*的?\s*(?<d>" + ZhDayNumber + @")\s*[日号]", Options, TimeoutMs)]
    private static partial Regex RelativeMonthDay { get; }

    // "on the 21st", "the 3rd.", "since the 5th" — an ordinal day with nothing after it but filler ("the 3rd largest store" is no day)
    [GeneratedRegex(@"(?<![a-z0-9])the\s+(?<d>" + DayNumber + @"(?:st|nd|rd|th))(?=\s*(?:$|[,.!?;)]|(?:by|vs|versus|and|compared|for)(?![a-z])))", Options, TimeoutMs)]
    private static partial Regex EnBareDay { get; }

    // "12号", "29日你…", "5日的gmv" — not "3号店" / "1号线" (a name), "近3日" / "7日留存" / "3日内" (a window): after 日 only
    // an end, a joiner or a pronoun / verb may follow
    [GeneratedRegex(@"(?<![0-9零〇一二两三四五六七八九十百月年第周期每前近后这本去续共满隔连a-z.:/-])(?<d>" + ZhDayNumber + @")\s*(?:号(?![店线楼门仓位机馆厅库柜码床车院口品字人])|日(?=$|[\s,.!?;:~、a-z-]|的|到|至|和|与|及|跟|那|当|你|我|他|她|有|是|在|起|以来|开始))", Options, TimeoutMs)]
    private static partial Regex BareDay { get; }
}
