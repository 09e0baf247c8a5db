using System.Text.RegularExpressions;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// Wording that pins a metric to an earlier published definition: "按v2口径", "用第2版口径", "v2口径的GMV",
/// "the v2 definition of GMV" say so on their own (a version with 口径 / 定义 / "definition"); "GMV (version 2)",
/// "GMV per version 2", "GMV v2", "GMV@2", "version 2 of GMV" only next to a metric's name. A version word next to
/// anything else ("v2 of the report") is not a pin and is left for the coverage check to name.
/// The words are found before the other readers run, so their digits are never read as a time or a top N.
/// </summary>
public static partial class VersionPinWords
{
    /// <summary>One version word: its span (with its lead-in such as 按 or "per"), the version, and whether it names a definition by itself.</summary>
    public sealed record Mention(int Start, int Length, int Version, bool NamesDefinition)
    {
        public int End => Start + Length;
    }

    /// <summary>A metric's name in the question and the metrics it can mean.</summary>
    public sealed record MetricTerm(int Start, int End, IReadOnlyList<string> MetricIds);

    /// <summary>A pin read from the question, with the words it took.</summary>
    public sealed record Reading(MetricVersionPin Pin, Mention Words);

    private const string Number = @"\d{1,3}|[一二两三四五六七八九十]{1,3}";

    // 按v2口径 / 用第二版口径 / 版本2的口径 / v2版口径 / 第2版定义
    [GeneratedRegex(@"(?:(?:按照|依照|按|用|以|采用|使用|基于)\s*)?(?:(?<![a-z0-9])v\s?(?<n>\d{1,3})|第\s*(?<n>" + Number + @")\s*版|版本\s*(?<n>" + Number + @"))\s*(?:版本?)?\s*的?\s*(?:口径|定义)")]
    private static partial Regex ChineseDefinition();

    // "(using) the v2 definition", "version 2 definition", "definition v2", "definition version 2"
    [GeneratedRegex(@"(?<![a-z0-9])(?:(?:(?:using|with|under|per|by|on|according to|as of)\s+)?(?:the\s+)?(?:v\s?(?<n>\d{1,3})|version\s+(?<n>\d{1,3}))\s+(?:definition|def)s?|definition\s+(?:v\s?(?<n>\d{1,3})|version\s+(?<n>\d{1,3})))(?![a-z0-9])")]
    private static partial Regex EnglishDefinition();

    // A version alone: "(per|under|using|with|as of|according to) version 2", "v2", "ver. 2", "@2", 第2版, 版本2.
    [GeneratedRegex(@"(?:(?<![a-z0-9])(?:(?:per|under|using|with|as of|according to)\s+)?(?:v\s?(?<n>\d{1,3})|version\s+(?<n>\d{1,3})|ver\.?\s*(?<n>\d{1,3}))|@\s?v?(?<n>\d{1,3})|第\s*(?<n>" + Number + @")\s*版|版本\s*(?<n>" + Number + @"))(?![a-z0-9])")]
    private static partial Regex VersionAlone();

    // What may stand between a metric's name and a version after it: "gmv (version 2)", "gmv, v2", "gmv的第2版".
    [GeneratedRegex(@"^[\s(\[,:\-的]*$")]
    private static partial Regex AfterName();

    // What may stand between a version and a metric's name after it: "version 2 of gmv", "v2的gmv".
    [GeneratedRegex(@"^\s*(?:(?:of|for)\s+(?:the\s+)?|的\s*)?$")]
    private static partial Regex BeforeName();

    /// <summary>Every version word of the (normalised) question, longest reading first where two overlap.</summary>
    public static IReadOnlyList<Mention> Find(string text)
    {
        var found = new List<Mention>();
        foreach (Match m in ChineseDefinition().Matches(text)) Add(found, m, namesDefinition: true);
        foreach (Match m in EnglishDefinition().Matches(text)) Add(found, m, namesDefinition: true);
        foreach (Match m in VersionAlone().Matches(text)) Add(found, m, namesDefinition: false);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>The text with the version words blanked (same length, so positions keep their meaning).</summary>
    public static string Blank(string text, IReadOnlyList<Mention> mentions)
    {
        if (mentions.Count == 0) return text;
        var chars = text.ToCharArray();
        foreach (var m in mentions) Array.Fill(chars, ' ', m.Start, m.Length);
        return new string(chars);
    }

    /// <summary>
    /// The pins: a version word next to a metric's name pins that metric; one naming a definition ("按v2口径") pins
    /// the nearest metric named, else the metric asked (<paramref name="metrics"/>' first). Other version words are no pin.
    /// </summary>
    public static IReadOnlyList<Reading> Attach(string text, IReadOnlyList<Mention> mentions, IReadOnlyList<MetricTerm> terms, IReadOnlyList<string> metrics)
    {
        var pins = new List<Reading>();
        if (metrics.Count == 0) return pins;
        foreach (var mention in mentions)
        {
            var next = terms.Where(t => Adjacent(text, mention, t)).OrderBy(t => Distance(mention, t)).FirstOrDefault();
            if (next is null && !mention.NamesDefinition) continue;
            var term = next ?? terms.Where(t => t.MetricIds.Any(metrics.Contains)).OrderBy(t => Distance(mention, t)).FirstOrDefault();
            var metric = term?.MetricIds.FirstOrDefault(metrics.Contains) ?? metrics[0];
            var pin = new MetricVersionPin(metric, mention.Version);
            if (!pins.Any(p => p.Pin == pin)) pins.Add(new Reading(pin, mention));
        }
        return pins;
    }

    private static bool Adjacent(string text, Mention mention, MetricTerm term) =>
        term.End <= mention.Start && AfterName().IsMatch(text[term.End..mention.Start])
        || mention.End <= term.Start && BeforeName().IsMatch(text[mention.End..term.Start]);

    private static int Distance(Mention mention, MetricTerm term) =>
        term.End <= mention.Start ? mention.Start - term.End : Math.Max(0, term.Start - mention.End);

    private static void Add(List<Mention> found, Match m, bool namesDefinition)
    {
        // A shorter reading inside a longer one already found ("v2" inside "按v2口径") is the same words.
        if (found.Any(f => f.Start <= m.Index && m.Index + m.Length <= f.End)) return;
        if (ChineseNumber.Parse(m.Groups["n"].Value) is not { } version) return;
        found.Add(new Mention(m.Index, m.Length, version, namesDefinition));
    }
}
