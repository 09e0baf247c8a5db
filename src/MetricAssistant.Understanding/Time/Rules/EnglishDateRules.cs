using System.Text.RegularExpressions;
using static MetricAssistant.Understanding.Time.Rules.TimePatterns;

namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>
/// Absolute dates written the English way — march 2025, mar 2025, march 8 2025, the 8th of march,
/// 2016 june, 3/2015, dec/2019, june of 98, cy2018, last sept (September of last year), june next year — and bare years ("2025",
/// "in 2025"), which are shared with Chinese text ("2025 gmv").
/// </summary>
internal static partial class EnglishDateRules
{
    public static void Find(string text, DateOnly today, List<TimeCandidate> found)
    {
        foreach (Match m in MonthFirst.Matches(text))
        {
            var hasDay = m.Groups["d"].Success;
            var hasYear = m.Groups["y"].Success || m.Groups["y2"].Success || m.Groups["yrel"].Success || m.Groups["rel"].Success;
            // "may" is also a verb ("may i see gmv"): alone it needs a preposition before it or a range after it ("may to march").
            if (m.Groups["mn"].Value == "may" && !hasDay && !hasYear && !MayContext.IsMatch(text.AsSpan(0, m.Index))
                && !MonthRangeAfter.IsMatch(text.AsSpan(m.Index + m.Length)) && !MonthComparedBefore.IsMatch(text.AsSpan(0, m.Index))) continue;
            Add(found, m, Month(m.Groups["mn"].Value), hasDay ? m.Groups["d"].ValueSpan : default, today);
        }
        foreach (Match m in DayFirst.Matches(text))
        {
            // A bare "5 may" is "top 5 may…"; other months after a bare number are a date ("2 july to 10 july").
            if (m.Groups["bare"].Success && m.Groups["mn"].Value == "may" && !m.Groups["y"].Success) continue;
            Add(found, m, Month(m.Groups["mn"].Value), m.Groups["d"].ValueSpan, today);
        }
        foreach (Match m in YearFirst.Matches(text))
            Add(found, m, Month(m.Groups["mn"].Value), m.Groups["d"].Success ? m.Groups["d"].ValueSpan : default, today);
        foreach (Match m in NameDayWithYear.Matches(text))
            Add(found, m, Month(m.Groups["mn"].Value), m.Groups["d"].ValueSpan, today);
        foreach (Match m in MonthSlashYear.Matches(text))
            Add(found, m, int.Parse(m.Groups["m"].ValueSpan), default, today);
        NumericDateRules.Find(text, today, found);
        foreach (Match m in BareYear.Matches(text))
        {
            if (LooksLikeAmount(text, m)) continue;
            var year = int.Parse(m.Groups["y"].ValueSpan);
            found.Add(TimeCandidate.Calendar(m.Index, m.Length, DateMath.Year(year)));
        }
        foreach (Match m in CalendarYear.Matches(text))
            if (YearReference.TryRead(m, today, out var year) && DateMath.IsSafeYear(year))
                found.Add(TimeCandidate.Calendar(m.Index, m.Length, DateMath.Year(year)));
    }

    private static void Add(List<TimeCandidate> found, Match m, int month, ReadOnlySpan<char> day, DateOnly today)
    {
        var spec = new PeriodSpec(TimeUnit.Month, month);
        if (!day.IsEmpty)
        {
            if (!TimeNumber.TryDay(day, out var d)) return;
            spec = new PeriodSpec(TimeUnit.Day, month, d);
        }
        if (m.Groups["rel"].Success)
        {
            // "last sept" is September of last year (as Recognizers reads it), "this june" this year's.
            var offset = m.Groups["rel"].Value switch { "last" => -1, "next" => 1, _ => 0 };
            var candidate = TimeCandidate.InYear(m.Index, m.Length, spec, today.Year + offset);
            if (candidate is not null) found.Add(candidate);
            return;
        }
        ChineseDateRules.AddSpec(found, m, spec, today);
    }

    /// <summary>"2000元", "top 2000", "超过2025": a number, not a year.</summary>
    private static bool LooksLikeAmount(string text, Match m)
    {
        var after = text.AsSpan(m.Index + m.Length).TrimStart();
        var before = text.AsSpan(0, m.Index).TrimEnd();
        return AmountAfter.IsMatch(after) || AmountBefore.IsMatch(before);
    }

    public static int Month(string name) => name[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    // "march", "march 2025", "mar 8, 2025", "june of 2016", "sept.16th", "last sept", "june next year", "november , 2016",
    // "dec/2019", "dec-2019", "june in 2017", "june the 28th 2020", "april ninth", "april of 87", "june '98"
    [GeneratedRegex(@"(?<![a-z])(?:(?<rel>last|this|next)\s+)?(?<mn>" + EnMonth + @")(?![a-z])\.?(?:\s*(?:the\s+)?(?<d>" + EnDayOfMonth + @")(?!\s+(?:half|quarter|weeks?|days?|months?)(?![a-z])))?(?:" + EnYearAfter + @")?", Options, TimeoutMs)]
    private static partial Regex MonthFirst { get; }

    // "8th march 2025", "the 8th of march", "the ninth of april", "8 march 2025", "2 july", "26th june of 2020", "next 6th of april"
    // (a bare number before a month is not a day after top / first / last or a currency sign: "top 5 march promotions", "$12 december 27")
    [GeneratedRegex(@"(?<![a-z0-9])(?:(?<rel>last|this|next)\s+)?(?:(?:the\s+)?(?<d>" + DayNumber + @"(?:st|nd|rd|th))\s+(?:of\s+)?|(?:the\s+)?(?<d>" + EnOrdinalDay + @")\s+of\s+|(?<!(?:top|first|last|best|worst|bottom)\s+|[$¥€£]\s?)(?<bare>)(?<d>" + DayNumber + @")\s+(?:of\s+)?)(?<mn>" + EnMonth + @")(?![a-z])\.?(?:" + EnYearAfter + @")?", Options, TimeoutMs)]
    private static partial Regex DayFirst { get; }

    // "2016 june", "2016, nov", "2025 march 8"
    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)[0-9]{2})\s*,?\s*(?<mn>" + EnMonth + @")(?![a-z])\.?(?:\s*(?<d>" + DayNumber + @")(?:st|nd|rd|th)?(?![0-9]))?", Options, TimeoutMs)]
    private static partial Regex YearFirst { get; }

    // "2019-aug-1", "2019/aug/01", "22/jan/2019", "22-jan-2019"
    [GeneratedRegex(@"(?<![0-9])(?:(?<y>(?:19|20)[0-9]{2})(?<sep>[-/.])(?<mn>" + EnMonth + @")\k<sep>(?<d>" + DayNumber + @")|(?<d>" + DayNumber + @")(?<sep>[-/.])(?<mn>" + EnMonth + @")\k<sep>(?<y>(?:19|20)[0-9]{2}))(?![0-9])", Options, TimeoutMs)]
    private static partial Regex NameDayWithYear { get; }

    // "3/2015", "11-2016", "11 / 2016" — not inside "q1-2019" nor "10-1-2018" (read whole, or refused, by NumericDateRules)
    [GeneratedRegex(@"(?<![0-9/.a-z-])(?<m>1[0-2]|0?[1-9])\s*[-/]\s*(?<y>(?:19|20)[0-9]{2})(?![0-9])", Options, TimeoutMs)]
    private static partial Regex MonthSlashYear { get; }

    // "2025", "in 2025" (the year alone) — not "the 2000s" (a decade), nor "2025.5"; "fy2025" is CalendarYear's
    [GeneratedRegex(@"(?<![0-9a-z.,:$¥#])(?<y>(?:19|20)[0-9]{2})(?![0-9]|\.[0-9]|%|\s?'?s(?![a-z]))", Options, TimeoutMs)]
    private static partial Regex BareYear { get; }

    // "cy2018", "cy18", "cy 2019": a calendar year; "fy2024", "fy24", "fiscal 2024", "fiscal year 2024" too, because the
    // catalog has no fiscal calendar: its years are calendar years (README, "Time"), never dropped as words not understood
    [GeneratedRegex(@"(?<![a-z0-9])(?:cy|fy|fiscal(?:\s+year)?)\s?(?:(?<y>(?:19|20)[0-9]{2})|(?<y2>[0-9]{2}))(?![0-9])", Options, TimeoutMs)]
    private static partial Regex CalendarYear { get; }

    // "(may) to march", "(may) - june", "(may) vs april", "(may) gmv compared with april": another month set against it
    [GeneratedRegex(@"^\s*(?:(?:to|through|till|until|-|–)|(?:[a-z]+\s+){0,3}?(?:vs\.?|versus|against|compare[sd]?\s+(?:to|with|against)|comparing\s+(?:to|with)))\s*" + EnMonth + @"(?![a-z])", Options, TimeoutMs)]
    private static partial Regex MonthRangeAfter { get; }

    // "compared to april, how did (may) do": another month set against it earlier in the sentence
    [GeneratedRegex(@"(?:compared\s+(?:to|with)|relative\s+to|vs\.?|versus|against)\s+" + EnMonth + @"(?![a-z])[^.?!;]*$", Options, TimeoutMs)]
    private static partial Regex MonthComparedBefore { get; }

    // "in may", "during may", "for may", "since may"
    [GeneratedRegex(@"(?:in|during|for|of|since|from|through|to|until|till|between|and|early|late|mid|end|vs\.?|versus|against|than)\s*$", Options, TimeoutMs)]
    private static partial Regex MayContext { get; }

    // "2000元", "2000 stores", "2025个" — a count or an amount follows
    [GeneratedRegex(@"^(?:元|块|万|千|百|亿|个|件|单|人|笔|次|家|台|名|位|条|k(?![a-z])|w(?![a-z])|rmb|usd|yuan|dollars?|orders?|stores?|units?|customers?|items?|pcs|people|users?)", Options, TimeoutMs)]
    private static partial Regex AmountAfter { get; }

    // "超过2000", "top 2000", "> 2000", "前2000"
    [GeneratedRegex(@"(?:超过|大于|小于|高于|低于|多于|少于|不足|至少|最多|达到|top|前|第|排名|>|<|≥|≤|above|below|least|most)$", Options, TimeoutMs)]
    private static partial Regex AmountBefore { get; }
}
