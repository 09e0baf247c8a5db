using System.Collections.Frozen;

namespace MetricAssistant.Understanding.Text;

/// <summary>
/// A hyphen inside an English compound is a space: "paying-customer count", "refund-rate", "average-order value",
/// "in-store gmv" read as "paying customer count", "refund rate" and so on, one character for one, so positions are kept.
/// The hyphen stays where it says more than a space: after a single letter ("t-mall", "e-commerce"), after a prefix
/// ("non-refunded", "ex-jd", "mid-year", "in-store"), before a suffix ("month-end", "weekly-ish"), beside a joining word
/// ("year-over-year", "month-to-date", "end-of-period") and between two calendar names, a range ("jan-mar", "mon-fri").
/// Digits are never joined words: "2025-03-01", "1-15", "q1-q3" keep their hyphens.
/// </summary>
public static class HyphenatedWords
{
    private static readonly FrozenSet<string> Prefixes = FrozenSet.Create(StringComparer.Ordinal,
        "ex", "non", "un", "in", "pre", "post", "re", "co", "mid", "self", "semi", "sub", "anti", "multi", "half", "bi", "de", "mis", "over", "under");

    // Compounds whose parts alone say something else: "run-rate" is no rate the catalog lacks, "list-price" no list.
    private static readonly FrozenSet<string> Kept = FrozenSet.Create(StringComparer.Ordinal, "run-rate", "list-price", "sticker-price");

    private static readonly FrozenSet<string> Suffixes = FrozenSet.Create(StringComparer.Ordinal, "ish", "end", "ends", "old", "like", "only", "free");

    private static readonly FrozenSet<string> Joining = FrozenSet.Create(StringComparer.Ordinal,
        "over", "on", "to", "by", "of", "and", "vs", "versus", "or", "a", "the", "per", "from", "till", "until", "through", "thru");

    private static readonly FrozenSet<string> CalendarNames = FrozenSet.Create(StringComparer.Ordinal,
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august",
        "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday",
        "sat", "saturday", "sun", "sunday");

    /// <summary>The text with each hyphen between two English words read as a space; the same string when there is none.</summary>
    public static string Space(string text)
    {
        var at = text.IndexOf('-');
        if (at < 0) return text;
        char[]? spaced = null;
        for (; at >= 0; at = text.IndexOf('-', at + 1))
        {
            if (at == 0 || at + 1 >= text.Length || !char.IsAsciiLetterLower(text[at - 1]) || !char.IsAsciiLetterLower(text[at + 1])) continue;
            var start = at;
            while (start > 0 && char.IsAsciiLetterLower(text[start - 1])) start--;
            var end = at + 1;
            while (end < text.Length && char.IsAsciiLetterLower(text[end])) end++;
            // "q3-2024", "v2-beta": a word with digits is a code or a date, not an English word.
            if (start > 0 && char.IsAsciiDigit(text[start - 1]) || end < text.Length && char.IsAsciiDigit(text[end])) continue;
            if (!Spaced(text[start..at], text[(at + 1)..end])) continue;
            spaced ??= text.ToCharArray();
            spaced[at] = ' ';
        }
        return spaced is null ? text : new string(spaced);
    }

    private static bool Spaced(string left, string right) =>
        !Kept.Contains(left + "-" + right) && left.Length > 1 && right.Length > 1
        && !Prefixes.Contains(left) && !Suffixes.Contains(right)
        && !Joining.Contains(left) && !Joining.Contains(right)
        && !(CalendarNames.Contains(left) && CalendarNames.Contains(right));
}
