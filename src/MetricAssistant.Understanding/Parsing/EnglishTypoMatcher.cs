using System.Text.RegularExpressions;
using MetricAssistant.Understanding.Lexicon;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// English metric names a letter or two off ("convertion rate", "reveune", "itme sales"): word phrases
/// within a small edit distance of a Latin catalog term (1 for short terms, 2 from eight letters; a
/// swap of neighbouring letters counts as one).
/// </summary>
public sealed partial class EnglishTypoMatcher(CatalogLexicon lexicon)
{
    private readonly IReadOnlyList<string> latinTerms = lexicon.Terms
        .Where(t => t.Length >= 3 && t.All(c => c is >= 'a' and <= 'z' or ' ' or '-') && lexicon.Lookup(t).Any(e => e.Kind is TermKind.Metric or TermKind.AmbiguousMetric))
        .ToArray();

    [GeneratedRegex("[a-z]+")]
    private static partial Regex Word();

    /// <summary>The best fuzzy match among phrases of one to three words, longer phrases first; null when none is close.</summary>
    public TermMatch? Find(string text, bool[] blocked, Func<int, int, bool>? accept = null)
    {
        var words = Word().Matches(text).Where(m => !blocked[m.Index]).ToArray();
        for (var n = 3; n >= 1; n--)
        {
            TermMatch? best = null;
            var bestDistance = int.MaxValue;
            for (var i = 0; i + n <= words.Length; i++)
            {
                var start = words[i].Index;
                var end = words[i + n - 1].Index + words[i + n - 1].Length;
                if (accept is not null && !accept(start, end)) continue;
                var phrase = string.Join(' ', words.Skip(i).Take(n).Select(w => w.Value));
                if (phrase.Length < 3) continue;
                foreach (var term in latinTerms)
                {
                    if (Math.Abs(term.Length - phrase.Length) > 2) continue;
                    // Three letters ("gvm") may only be two of them swapped; longer names allow one or two edits.
                    if (term.Length == 3 && !(phrase.Length == 3 && phrase.Order().SequenceEqual(term.Order()))) continue;
                    var allowed = term.Length >= 8 ? 2 : 1;
                    var distance = Levenshtein(phrase, term, allowed);
                    if (distance == 0 || distance > allowed || distance >= bestDistance) continue;
                    best = new TermMatch(start, end - start, text[start..end], lexicon.Lookup(term), Fuzzy: true);
                    bestDistance = distance;
                }
            }
            if (best is not null) return best;
        }
        return null;
    }

    /// <summary>Edit distance where swapping two neighbouring letters counts once ("reveune" is one edit from "revenue").</summary>
    private static int Levenshtein(string a, string b, int cap)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, d[i - 2, j - 2] + 1);
                d[i, j] = v;
                rowMin = Math.Min(rowMin, v);
            }
            if (rowMin > cap) return cap + 1;
        }
        return d[a.Length, b.Length];
    }
}
