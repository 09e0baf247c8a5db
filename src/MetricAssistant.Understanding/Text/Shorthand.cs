using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace MetricAssistant.Understanding.Text;

/// <summary>
/// English business shorthand written out before a question is read ("appts" → "appointments", "conv rate" →
/// "conversion rate", "rev" → "revenue", "w/o" → "without"): chat users abbreviate the nouns of metric names, and a
/// catalog lists names, not every abbreviation of each of their words. Whole words only; the text is already normalised.
/// </summary>
public static partial class Shorthand
{
    // Unambiguous in questions about business figures; each is the short form of a word that metric names are made of.
    private static readonly FrozenDictionary<string, string> Words = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["appt"] = "appointment", ["appts"] = "appointments", ["cust"] = "customer", ["custs"] = "customers",
        ["amt"] = "amount", ["amts"] = "amounts", ["qty"] = "quantity", ["qtys"] = "quantities", ["rev"] = "revenue",
        ["hc"] = "headcount", ["disc"] = "discount", ["discs"] = "discounts", ["conv"] = "conversion", ["convs"] = "conversions",
        ["txn"] = "transaction", ["txns"] = "transactions", ["mbr"] = "member", ["mbrs"] = "members", ["emp"] = "employee",
        ["emps"] = "employees", ["ppl"] = "people", ["cnt"] = "count", ["pct"] = "percent", ["cxl"] = "cancellation",
        ["cxls"] = "cancellations", ["w/o"] = "without", ["prev"] = "previous", ["cx"] = "customers",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // A Latin word (or "w/o") standing alone: not inside a longer word, an id ("appt_2") or a path.
    [GeneratedRegex(@"(?<![a-z0-9_/])(?:w/o|[a-z]{2,5})(?![a-z0-9_/])")]
    private static partial Regex Word();

    /// <summary>The text with each shorthand word written out; the same string when there is none.</summary>
    public static string Expand(string text)
    {
        if (!HasLatin(text)) return text;
        return Word().Replace(text, m => Words.TryGetValue(m.Value, out var full) ? full : m.Value);
    }

    private static bool HasLatin(string text)
    {
        foreach (var c in text)
            if (char.IsAsciiLetterLower(c)) return true;
        return false;
    }
}
