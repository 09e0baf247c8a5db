using System.Text.RegularExpressions;
using MetricAssistant.QueryModel;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using static MetricAssistant.Understanding.Time.Rules.TimePatterns;

namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>
/// Microsoft.Recognizers.Text.DateTime for the English long tail the rules do not cover (black friday,
/// thanksgiving, christmas 2024, the third week of 2027, week 10). It is slow (≈1 ms a call warm, 300–600 ms
/// for the first call), so it runs only when the rules found no period and the text still has a word
/// that smells of time. The rules' own spans (comparisons such as "vs last year") are blanked first.
/// Only closed results are taken (a date, or a range with start and end), and weekends are refused as
/// the rules refuse them. Chinese text is not sent: there the rules are complete for this product, and
/// Recognizers reads the filler 一下 as 下 ("查一下月度" → next month) and lunar festivals as solar dates.
/// </summary>
internal static partial class RecognizerFallback
{
    /// <summary>Longer text is not a question; Recognizers' cost grows with length.</summary>
    public const int MaxLength = 500;

    public static bool Worth(string text) =>
        text.Length <= MaxLength && !text.Any(Text.TextNormalizer.IsCjk) && Cue.IsMatch(text);

    public static IEnumerable<TimeCandidate> Find(string text, DateTime now)
    {
        var today = DateOnly.FromDateTime(now);
        List<ModelResult> results;
        try
        {
            results = DateTimeRecognizer.RecognizeDateTime(text, Culture.English, DateTimeOptions.None, now);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException
                                      or IndexOutOfRangeException or NullReferenceException or RegexMatchTimeoutException)
        {
            // A third-party parser must not turn a question into an error; without it the question has no range.
            yield break;
        }
        foreach (var result in results)
        {
            if (result.Text is not { } found || found.Contains("weekend", StringComparison.Ordinal)) continue;
            // The rules refuse a bare "5 may" ("top 5 may stores"); so does the fallback.
            if (found.Contains("may", StringComparison.Ordinal) && !YearDigits.IsMatch(found)) continue;
            var range = result.TypeName switch
            {
                "datetimeV2.daterange" => IncludeEnd(found, PickRange(result, today), today),
                "datetimeV2.date" => PickDate(result, today),
                _ => null,
            };
            if (range is null || result.Start < 0 || result.End < result.Start || result.End >= text.Length) continue;
            yield return TimeCandidate.Calendar(result.Start, result.End - result.Start + 1, range);
        }
    }

    /// <summary>
    /// "from A to B": Recognizers ends before B, CONVENTIONS include B (the end day, month or year, told by the
    /// range's length); an end at today ("till now", "and yesterday") stays, as 到今天 does.
    /// </summary>
    private static DateRange? IncludeEnd(string found, (DateRange Range, string? Timex)? picked, DateOnly today)
    {
        if (picked is not { } p) return null;
        var range = p.Range;
        if (!RangeWord.IsMatch(found) || range.End >= today || p.Timex is not { Length: > 2 } timex || timex[^1] != ')') return range;
        return timex[^2] switch
        {
            'D' => range with { End = range.End.AddDays(1) },
            'M' => range with { End = range.End.AddMonths(1) },
            'Y' => range with { End = range.End.AddYears(1) },
            _ => range,
        };
    }

    /// <summary>Of the past and future readings Recognizers gives, the latest one that has started.</summary>
    private static (DateRange Range, string? Timex)? PickRange(ModelResult result, DateOnly today)
    {
        (DateRange Range, string? Timex)? best = null;
        foreach (var value in Values(result))
        {
            if (value.ContainsKey("Mod")) continue; // open-ended: since, before, after
            if (!value.TryGetValue("start", out var s) || !value.TryGetValue("end", out var e)) continue;
            if (!DateOnly.TryParse(s, out var start) || !DateOnly.TryParse(e, out var end) || end <= start) continue;
            var range = new DateRange(start, end);
            if (best is not { } b || (start <= today && (b.Range.Start > today || start > b.Range.Start)))
                best = (range, value.TryGetValue("timex", out var timex) ? timex : null);
        }
        return best;
    }

    private static DateRange? PickDate(ModelResult result, DateOnly today)
    {
        DateRange? best = null;
        foreach (var value in Values(result))
        {
            if (!value.TryGetValue("value", out var v) || !DateOnly.TryParse(v, out var day) || !DateMath.IsSafe(day)) continue;
            if (best is null || (day <= today && (best.Start > today || day > best.Start))) best = DateMath.Day(day);
        }
        return best;
    }

    private static IEnumerable<IDictionary<string, string>> Values(ModelResult result)
    {
        if (result.Resolution is null || !result.Resolution.TryGetValue("values", out var values) || values is not IEnumerable<object> list)
            yield break;
        foreach (var item in list)
            if (item is IDictionary<string, string> value) yield return value;
    }

    // "from … to …", "between … and …", "… - …"
    [GeneratedRegex(@"(?<![a-z])(?:to|through|thru|till|until|between)(?![a-z])|[0-9a-z]\s*[-–]\s*[0-9a-z]", Options, TimeoutMs)]
    private static partial Regex RangeWord { get; }

    // "2024"
    [GeneratedRegex(@"(?:19|20)[0-9]{2}", Options, TimeoutMs)]
    private static partial Regex YearDigits { get; }

    // "week 10", "the 18th", "black friday", "christmas", "thanksgiving" — words that can carry a date the rules missed.
    [GeneratedRegex(@"(?<![a-z])(?:day|week|month|year|quarter|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|friday|monday|christmas|xmas|thanksgiving|easter|halloween|valentine|patrick|yuandan|[0-9]+(?:st|nd|rd|th))|[0-9]{1,4}[/.-][0-9]", Options, TimeoutMs)]
    private static partial Regex Cue { get; }
}
