using System.Text.RegularExpressions;
using static MetricAssistant.Understanding.Time.Rules.TimePatterns;

namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>
/// Keeps a rule that matched only part of an English date expression from winning silently. When a date
/// word (a number, a month, an ordinal day, today / now) sits right beside a rule's reading with only filler between, Microsoft
/// Recognizers is asked; if it reads one expression that covers the rules' candidates there and more
/// content besides ("the last 3 months and 2 weeks and 2 days", "26 june to 28 june in 2020"), its wider
/// reading replaces theirs. Filler it adds around ours ("from", "the", "in") does not count as wider.
/// </summary>
internal static partial class RecognizerWidening
{
    public static void Apply(string text, DateTime now, List<TimeCandidate> accepted)
    {
        if (!RecognizerFallback.Worth(text) || !HasLeftoverDateWords(text, accepted)) return;
        foreach (var wide in RecognizerFallback.Find(text, now))
        {
            int first = -1, last = -1;
            var blocked = false;
            for (var i = 0; i < accepted.Count; i++)
            {
                var c = accepted[i];
                if (c.End <= wide.Start || c.Start >= wide.End) continue;
                // A comparison ("vs last year") or a rule reading that reaches outside the library's span stays the rules'.
                if (c.Shape == CandidateShape.Comparison || Outside(text, c, wide)) { blocked = true; break; }
                if (first < 0) first = i;
                last = i;
            }
            if (blocked || first < 0 || !AddsContent(text, wide, accepted, first, last)) continue;
            var start = Math.Min(wide.Start, accepted[first].Start);
            var end = Math.Max(wide.End, accepted[last].End);
            accepted.RemoveRange(first, last - first + 1);
            accepted.Insert(first, wide with { Start = start, Length = end - start });
        }
    }

    /// <summary>True when the rules' candidate reaches past the library's span by more than filler ("the last 3 months").</summary>
    private static bool Outside(string text, TimeCandidate c, TimeCandidate wide) =>
        (c.Start < wide.Start && Content.IsMatch(text.AsSpan(c.Start, Math.Min(wide.Start, c.End) - c.Start)))
        || (c.End > wide.End && Content.IsMatch(text.AsSpan(Math.Max(wide.End, c.Start), c.End - Math.Max(wide.End, c.Start))));

    /// <summary>A date word right beside a rule's reading, with only filler between ("… and 2 weeks", "26 june to …").</summary>
    private static bool HasLeftoverDateWords(string text, List<TimeCandidate> accepted)
    {
        for (var i = 0; i < accepted.Count; i++)
        {
            var c = accepted[i];
            if (c.Shape is not (CandidateShape.Calendar or CandidateShape.Window)) continue;
            var after = text.AsSpan(c.End, (i + 1 < accepted.Count ? accepted[i + 1].Start : text.Length) - c.End);
            var before = text.AsSpan(i > 0 ? accepted[i - 1].End : 0, c.Start - (i > 0 ? accepted[i - 1].End : 0));
            if (DateWordAfter.IsMatch(after) || DateWordBefore.IsMatch(before)) return true;
        }
        return false;
    }

    /// <summary>True when the library's span holds more than the rules' candidates and filler words.</summary>
    private static bool AddsContent(string text, TimeCandidate wide, List<TimeCandidate> accepted, int first, int last)
    {
        var chars = text.ToCharArray(wide.Start, wide.Length);
        for (var i = first; i <= last; i++)
        {
            var from = Math.Max(accepted[i].Start, wide.Start);
            var to = Math.Min(accepted[i].End, wide.End);
            if (to > from) Array.Fill(chars, ' ', from - wide.Start, to - from);
        }
        return Content.IsMatch(chars);
    }

    // Units alone are not enough: "by month last year" is a grain beside a period, not a longer date; a counted unit
    // is ("1 month 21 days ago", "two days before yesterday"), and so are ordinal days ("jan first", "the 20th of next
    // month", "the 15th day of next month", not "first half") and named holidays ("thanksgiving day 2010", "father's day of 2015").
    private const string DateWord =
        @"(?:[0-9]+(?:(?:st|nd|rd|th)(?:\s+day)?)?|(?<![a-z])(?:" + EnMonth + "|" + EnOrdinalDay + @"|yesterday|today|tomorrow|now|current date|(?:the\s+)?day\s+(?:after|before)" +
        @"|(?:first|second)(?!\s+(?:half|quarter|weeks?|months?|days?|years?)(?![a-z]))" +
        @"|(?:" + EnCount + @"|a|an)\s+(?:days?|weeks?|months?|years?)(?:\s+(?:before|after|from))?" + "|" + Holiday + @")(?![a-z]))";

    // Holidays Recognizers dates: "thanks giving day", "saint patrick's day", "presidents' day", "christmas eve", "yuandan"
    private const string Holiday =
        @"(?:thanks\s?giving|christmas|xmas|easter|halloween|valentine'?s?|(?:saint|st\.?)\s+patrick(?:'?s)?|new\s+year'?s?|yuandan" +
        @"|(?:mother|father|labou?r|memorial|independence|earth|president|columbus|veteran|boxing|inauguration)'?s?'?)(?:\s+(?:day|eve))?";

    private const string Filler = @"(?:[\s,./'-]|(?<![a-z])(?:and|to|through|till|until|of|in|on|the|from|between)(?![a-z]))*";

    // "… and 2 weeks", "… to 28 june", "… in 2020"
    [GeneratedRegex(@"^" + Filler + DateWord, Options, TimeoutMs)]
    private static partial Regex DateWordAfter { get; }

    // "26 … ", "april the …"
    [GeneratedRegex(DateWord + Filler + @"$", Options, TimeoutMs)]
    private static partial Regex DateWordBefore { get; }

    // Anything but filler: "from", "the", "of", "in", "on", "to", "and", punctuation
    [GeneratedRegex(@"(?<![a-z])(?!(?:from|the|of|in|on|at|for|during|between|to|and|through|till|until)(?![a-z]))[a-z0-9]", Options, TimeoutMs)]
    private static partial Regex Content { get; }
}
