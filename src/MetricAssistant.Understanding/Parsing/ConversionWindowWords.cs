using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Lexicon;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// A conversion window asked in the question: "14天内", "3日之内", "两周内", "within 14 days", "within 2 weeks". Read
/// only when the question without those words names a conversion metric (otherwise "7天内的GMV" is a time range, left
/// to the time reader). Read before everything else and taken out of the question, so its number is never read as a
/// range and the metric's name around it ("预约后…购买转化率") is whole for the lexicon.
/// </summary>
public static partial class ConversionWindowWords
{
    [GeneratedRegex(@"(?<n>" + ChineseNumber.Pattern + @")\s*(?<u>天|日|周|星期|个月|月)\s*(?:之内|以内|内)")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"(?<![a-z])within\s+(?:the\s+)?(?:first\s+)?(?<n>" + ChineseNumber.EnglishPattern + @")\s+(?<u>days?|weeks?|months?)(?![a-z])")]
    private static partial Regex English();

    /// <summary>Whether the question says a window ("7天内", "within 14 days"), whatever it is said of.</summary>
    public static bool Says(string text) => Chinese().IsMatch(text) || English().IsMatch(text);

    /// <summary>
    /// The window asked and the question without its words ("预约后14天内的购买转化率" → 14 days, "预约后购买转化率"), so the
    /// metric's name is whole again for the other readers; the question as it was and no window when none is asked of a
    /// conversion metric. A window asked of a ratio whose rows are a conversion metric's base events ("appointment
    /// conversion within 14 days": appointments) asks for that conversion metric, named in <c>Meant</c> with the ratio it
    /// replaces: only a conversion follows its rows for a window.
    /// </summary>
    public static (CalendarWindow? Window, string Text, (string Ratio, string Conversion)? Meant) Read(string text, SemanticCatalog catalog, CatalogLexicon lexicon)
    {
        // The window words first: most questions have none, and then the catalog is not walked.
        var found = Chinese().Matches(text).Concat(English().Matches(text)).OrderBy(m => m.Index).ToArray();
        if (found.Length == 0) return (null, text, null);
        if (catalog.Metrics.Values.All(m => m.Calculation.Type != MetricType.Conversion)) return (null, text, null);
        var match = found[0];
        var count = ChineseNumber.Parse(match.Groups["n"].Value) ?? ChineseNumber.ParseEnglish(match.Groups["n"].Value);
        if (count is not (> 0 and <= 366)) return (null, text, null);
        // "14天内的购买转化率": the 的 after the window belongs to it; a space before an English window goes with it.
        var start = match.Index;
        var end = match.Index + match.Length;
        if (end < text.Length && text[end] == '的') end++;
        while (start > 0 && text[start - 1] == ' ') start--;
        var rest = text[..start] + (start > 0 && end < text.Length && text[start - 1] != ' ' && char.IsAsciiLetter(text[start - 1]) ? " " : "") + text[end..];
        var named = LexiconScanner.Scan(lexicon, rest).SelectMany(m => m.Entries).Where(e => e.Kind == TermKind.Metric)
            .Select(e => catalog.FindMetric(e.Id)).OfType<MetricDefinition>().ToList();
        (string, string)? meant = null;
        if (!named.Any(m => m.Calculation.Type == MetricType.Conversion))
        {
            if (named.Select(m => (Ratio: m, Conversion: Concepts.ConversionRatios.ConversionOver(m, catalog))).FirstOrDefault(p => p.Conversion is not null) is not { Conversion: { } conversion } pair)
                return (null, text, null);
            meant = (pair.Ratio.Id, conversion);
        }
        var unit = match.Groups["u"].Value switch
        {
            "天" or "日" or "day" or "days" => TimeGrain.Day,
            "周" or "星期" or "week" or "weeks" => TimeGrain.Week,
            _ => TimeGrain.Month,
        };
        return (new CalendarWindow(count.Value, unit), rest, meant);
    }
}
