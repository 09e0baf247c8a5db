using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Coverage;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// A dimension word whose kinds the catalog lists (store → store_type) with an unknown word right in front names a kind
/// the catalog lacks: 加盟店, 社区店, 直营店, "franchise stores". It is neither the split by the dimension nor the value
/// the word also is (stores → the in-store channel); the query is as without it and the answer names the word.
/// Known kinds (旗舰店, 奥莱店, "outlet stores") are values of their own and never reach here.
/// </summary>
public static partial class UnlistedKind
{
    // Characters that end a word saying which, how many, where or when, never a kind: 各店, 这家店, 来店, 上个月店, 全国门店.
    [GeneratedRegex(@"[各每哪这那家个来到进去在逛的本全们分有部些几里内月周年天日季度号末初旬看算除含括了和与跟及、或共所按比只仅要是]")]
    private static partial Regex NoKindChar();

    // English words before "stores" that say which or how many, or are the in-store channel itself, never a kind.
    [GeneratedRegex(@"^(individual|different|various|specific|particular|own|same|physical|retail|local|several|few|other|those|these|both|two|three|four|five|six|seven|eight|nine|ten|many|more|most|some|any|all|each|every|which|our|the|their|your|[a-z]+est)$")]
    private static partial Regex NoKindWord();

    // The Latin word right before: "franchise stores", "franchise-run stores" ("run" is the word then, and known).
    [GeneratedRegex(@"(?<![a-z'\-])([a-z]+)[\s\-]+$")]
    private static partial Regex LatinBefore();

    /// <summary>The slices without what the unlisted kinds' words made, and those kinds' unknown words.</summary>
    public static (SliceParser.Slices Slices, IReadOnlyList<string> Words) Apply(string text, IReadOnlyList<TermMatch> matches, SliceParser.Slices slices,
        SemanticCatalog catalog, bool ranking)
    {
        if (ranking) return (slices, []);
        var words = new List<string>();
        var kindOf = new List<TermMatch>();
        for (var k = 0; k < matches.Count; k++)
        {
            var match = matches[k];
            if (!match.Entries.Any(e => e.Kind == TermKind.Dimension && catalog.FindDimension(e.Id + "_type") is not null)) continue;
            var covered = k > 0 ? matches[k - 1].End : 0;
            if (Modifier(text, match.Start, covered) is not { } word) continue;
            words.Add(word);
            kindOf.Add(match);
        }
        if (kindOf.Count == 0) return (slices, []);
        var others = matches.Except(kindOf).ToList();
        // The split or value goes only when no other word of the question asked for it.
        var groupBy = slices.GroupBy.Where(d => !kindOf.Any(m => m.Entries.Any(e => e.Kind == TermKind.Dimension && e.Id == d))
            || others.Any(m => m.Entries.Any(e => e.Kind == TermKind.Dimension && e.Id == d))).ToArray();
        var dropped = kindOf.SelectMany(m => m.Entries).Where(e => e.Kind == TermKind.DimensionValue && e.Code is not null)
            .Where(e => !others.Any(m => m.Entries.Any(o => o.Kind == TermKind.DimensionValue && o.Id == e.Id && o.Code == e.Code)))
            .Select(e => (e.Id, e.Code!)).ToHashSet();
        var filters = slices.Filters
            .Select(f => f with { Values = f.Values.Where(v => !dropped.Contains((f.Dimension, v))).ToArray() })
            .Where(f => f.Values.Count > 0).ToArray();
        return (slices with { GroupBy = groupBy, Filters = filters }, words);
    }

    /// <summary>The unknown word right before a dimension word, after the end of the previous term: 加盟(店), franchise (stores).</summary>
    private static string? Modifier(string text, int start, int covered)
    {
        if (start >= 2 && start - 2 >= covered && TextNormalizer.IsCjk(text[start - 1]))
        {
            var word = text[(start - 2)..start];
            return word.All(TextNormalizer.IsCjk) && !NoKindChar().IsMatch(word) && FillerWords.Default.BlankChinese(word).Trim().Length > 0 ? word : null;
        }
        var latin = LatinBefore().Match(text[covered..start]);
        if (!latin.Success) return null;
        var w = latin.Groups[1].Value;
        return w.Length >= 3 && !FillerWords.Default.IsLatinFiller(w) && !NoKindWord().IsMatch(w) ? w : null;
    }
}
