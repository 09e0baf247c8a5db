using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Lexicon;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// A conversion window asked in the question: "14天内", "3日之内", "两周内", "within 14 days", "within 2 weeks". Read
/// only when the question names a conversion metric (otherwise "7天内的GMV" is a time range, left to the time reader)
/// and only outside that metric's own name ("预约后7天内购买率" names the metric and its default window). Found
/// before the time reader runs, so its number is never read as a range.
/// </summary>
public static partial class ConversionWindowWords
{
    /// <summary>One window word: its span and the window it asks for.</summary>
    public sealed record Mention(int Start, int Length, CalendarWindow Window);

    [GeneratedRegex(@"(?<n>" + ChineseNumber.Pattern + @")\s*(?<u>天|日|周|星期|个月|月)\s*(?:之内|以内|内)")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"(?<![a-z])within\s+(?:the\s+)?(?:first\s+)?(?<n>" + ChineseNumber.EnglishPattern + @")\s+(?<u>days?|weeks?|months?)(?![a-z])")]
    private static partial Regex English();

    public static IReadOnlyList<Mention> Find(string text, SemanticCatalog catalog, CatalogLexicon lexicon)
    {
        if (catalog.Metrics.Values.All(m => m.Calculation.Type != MetricType.Conversion)) return [];
        var names = LexiconScanner.Scan(lexicon, text)
            .Where(m => m.Entries.Any(e => e.Kind == TermKind.Metric && catalog.FindMetric(e.Id)?.Calculation.Type == MetricType.Conversion))
            .ToArray();
        if (names.Length == 0) return [];
        var mentions = new List<Mention>();
        foreach (var match in Chinese().Matches(text).Concat(English().Matches(text)))
        {
            if (names.Any(n => n.Start <= match.Index && match.Index + match.Length <= n.End)) continue;
            var count = ChineseNumber.Parse(match.Groups["n"].Value) ?? ChineseNumber.ParseEnglish(match.Groups["n"].Value);
            if (count is not (> 0 and <= 366)) continue;
            var unit = match.Groups["u"].Value switch
            {
                "天" or "日" or "day" or "days" => TimeGrain.Day,
                "周" or "星期" or "week" or "weeks" => TimeGrain.Week,
                _ => TimeGrain.Month,
            };
            mentions.Add(new Mention(match.Index, match.Length, new CalendarWindow(count.Value, unit)));
        }
        return mentions;
    }

    public static string Blank(string text, IReadOnlyList<Mention> mentions)
    {
        if (mentions.Count == 0) return text;
        var chars = text.ToCharArray();
        foreach (var m in mentions) Array.Fill(chars, ' ', m.Start, m.Length);
        return new string(chars);
    }
}
