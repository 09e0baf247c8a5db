namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>
/// Pattern fragments shared by the rule families (constants, so that [GeneratedRegex] can compose them).
/// Text is already normalised: lower case, half-width, single spaces.
/// </summary>
internal static class TimePatterns
{
    /// <summary>A year before a Chinese period: "2025年", "2025", "二零二五年", "25年", "去年". Groups y, ycn, y2, yrel.</summary>
    public const string ZhYear =
        @"(?:(?<![0-9])(?<y>(?:19|20)[0-9]{2})(?![0-9])\s*年?度?" +
        @"|(?<ycn>[〇零一二三四五六七八九]{4}|[零〇][一二三四五六七八九]|[一二九][〇零一二三四五六七八九])\s*年度?" +
        @"|(?<ywd>" + ZhYearWords + @")\s*年度?" +
        @"|(?<![0-9])(?<y2>[0-9]{2})\s*年度?" +
        @"|(?<yrel>去年|今年|前年|明年|后年|本年|上一?年|下一?年)度?)";

    /// <summary>A year of this century said in words: "两千年", "两千零四", "二千一十五", "两千二十五" (read by <see cref="YearReference"/>).</summary>
    public const string ZhYearWords = @"[两二]千(?:零?一十[一二三四五六七八九]?|零[一二三四五六七八九]|[二三四五六七八九]十[一二三四五六七八九]?)?";

    /// <summary>A year after or before an English period: "2016", "last year", "this year's". Groups y, yrel.</summary>
    public const string EnYear =
        @"(?:(?<![0-9])(?<y>(?:19|20)[0-9]{2})(?![0-9])|(?<yrel>last year|this year|next year|previous year|current year)(?:'s)?)";

    /// <summary>
    /// The same period a year back as a comparison's base, after its linking word, with or without an article: "over same month
    /// last year", "on the same quarter a year earlier", "vs the year-ago month", "against last year's same week" (CONVENTIONS
    /// "Comparison": year over year, whatever movement verb is said with it).
    /// </summary>
    public const string EnYearBackBase =
        @"(?<![a-z])(?:vs\.?|versus|compared\s+(?:to|with|against)|against|than|relative\s+to|over|from|on|compare[sd]?(?:\s+(?:it|that|this|them))?\s+(?:with|to|against))\s+(?:the\s+)?" +
        @"(?:same\s+" + EnPeriodUnit + @"\s+(?:(?:of|in)\s+)?(?:(?:a|one)\s+year\s+(?:earlier|before|ago|prior)|the\s+year\s+(?:before|prior)|(?:the\s+)?(?:previous|prior|preceding)\s+year|last\s+year)" +
        @"|(?:year[\s-]ago|year[\s-]earlier|prior[\s-]year|previous[\s-]year|last\s+year's)\s+(?:same\s+)?" + EnPeriodUnit + @")(?![a-z])";

    /// <summary>The unit of a period said as a comparison's base ("the same month", "the year-ago quarter").</summary>
    public const string EnPeriodUnit = @"(?:day|date|week-?end|week|fortnight|month|quarter|half|period|time|season)";

    /// <summary>Month number in Chinese: "12", "3", "03", "十二", "三".</summary>
    public const string ZhMonthNumber = @"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])";

    /// <summary>Day of month in Chinese: "15", "8", "十五", "二十八", "三十一".</summary>
    public const string ZhDayNumber = @"(?:3[01]|[12][0-9]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])";

    /// <summary>Day of month in digits: "15", "08".</summary>
    public const string DayNumber = @"(?:3[01]|[12][0-9]|0?[1-9])";

    /// <summary>Ordinal day words: "ninth", "seventeenth", "twenty-first" ("first" and "second" are left out: "march first half").</summary>
    public const string EnOrdinalDay =
        @"(?:(?:twenty|thirty)[\s-]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|third|fourth|fifth|sixth|seventh" +
        @"|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)";

    /// <summary>An English day of month: "9", "09", "9th", "ninth" (read with <see cref="TimeNumber.TryDay"/>).</summary>
    public const string EnDayOfMonth = @"(?:" + DayNumber + @"(?:st|nd|rd|th)?(?![0-9])|" + EnOrdinalDay + @"(?![a-z]))";

    /// <summary>
    /// A year after an English month or day: ", 2019", " of 2019", " in 2019", "-2019", "/2019" (groups y, yrel), or a
    /// two-digit year only where nothing else fits: " of 98", " '98" (group y2, read by <see cref="YearReference.TwoDigit"/>).
    /// </summary>
    public const string EnYearAfter =
        @"(?:\s*(?:,|-|/)?\s*(?:(?:of|in)\s+)?(?:(?<y>(?:19|20)[0-9]{2})(?![0-9])|(?<yrel>last year|this year|next year))" +
        @"|\s+of\s+'?(?<y2>[0-9]{2})(?![0-9])|\s*'(?<y2>[0-9]{2})(?![0-9]))";

    /// <summary>English month names and abbreviations, longest first so "june" is not read as "jun".</summary>
    public const string EnMonth =
        @"(?:january|february|march|april|may|june|july|august|september|october|november|december" +
        @"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";

    /// <summary>A count: digits, Chinese numerals, 半 (half), 几 (a few).</summary>
    public const string ZhCount = @"(?:[0-9]{1,4}|[零〇一二两三四五六七八九十百]{1,4}|半|几)";

    /// <summary>A count in English: digits or number words.</summary>
    public const string EnCount =
        @"(?:[0-9]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen" +
        @"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|ninety|few|couple(?: of)?)";

    /// <summary>Words that join the two ends of a range: "到", "至", "-", "to", "through".</summary>
    public const string RangeJoiner = @"(?:到|至|~|-|–|—|to|through|thru|until|till|til)";

    public const System.Text.RegularExpressions.RegexOptions Options =
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.ExplicitCapture;

    /// <summary>
    /// Every pattern is linear, but a timeout keeps a pathological input from ever hanging a request. It is
    /// generous because the clock runs during a cold process's first match too (JIT on a busy 2-core machine
    /// took over 200 ms and silently dropped the first question's time range).
    /// </summary>
    public const int TimeoutMs = 2_000;
}
