using System.Text.RegularExpressions;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Parsing;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// The English typo matcher skips terms whose letter counts are out of reach of the edits allowed before working out
/// an edit distance; its readings must be exactly those of trying every term of a near length (kept here as the
/// reference), for every English metric name of the demo catalog typed with swaps, deletions, insertions and
/// substitutions, alone and inside questions.
/// </summary>
public sealed partial class EnglishTypoIndexTests
{
    private static readonly CatalogLexicon Lexicon = new(TestRepository.Catalog);
    private static readonly EnglishTypoMatcher Matcher = new(Lexicon);

    private static readonly string[] Terms = Lexicon.Terms
        .Where(t => t.Length >= 3 && t.All(c => c is >= 'a' and <= 'z' or ' ' or '-') && Lexicon.Lookup(t).Any(e => e.Kind is TermKind.Metric or TermKind.AmbiguousMetric))
        .ToArray();

    [GeneratedRegex("[a-z]+")]
    private static partial Regex Word();

    [Fact]
    public void Typos_are_read_as_trying_every_term_of_a_near_length_does()
    {
        var found = 0;
        var compared = 0;
        foreach (var text in Questions())
        {
            var blocked = new bool[text.Length];
            var expected = Reference(text, blocked);
            var actual = Matcher.Find(text, blocked);
            Assert.Equal(Describe(expected), Describe(actual));
            compared++;
            if (actual is not null) found++;
        }
        Assert.True(found > 200, $"only {found} of {compared} questions had a typo read");
    }

    private static IEnumerable<string> Questions()
    {
        var random = new Random(5);
        foreach (var term in Terms)
        {
            foreach (var typo in Typos(term, random))
            {
                yield return typo;
                yield return $"{typo} by channel";
                yield return $"what was the {typo} of tmall";
                yield return $"{typo} and gmv";
            }
        }
    }

    private static IEnumerable<string> Typos(string term, Random random)
    {
        for (var n = 0; n < 4; n++)
        {
            var i = random.Next(term.Length - 1);
            yield return term[..i] + term[i + 1] + term[i] + term[(i + 2)..];
            yield return term.Remove(i, 1);
            yield return term.Insert(i, ((char)('a' + random.Next(26))).ToString());
            yield return term[..i] + (char)('a' + random.Next(26)) + term[(i + 1)..];
            var j = random.Next(term.Length - 1);
            yield return (term[..i] + (char)('a' + random.Next(26)) + term[(i + 1)..]).Remove(j, 1);
        }
    }

    private static string Describe(TermMatch? m) =>
        m is null ? "none" : $"{m.Start}+{m.Length} {m.Text} {string.Join(",", m.Entries.Select(e => $"{e.Kind}:{e.Id}"))}";

    // Every term of a near length tried in the lexicon's order, as the matcher did before its counts.
    private static TermMatch? Reference(string text, bool[] blocked)
    {
        var longestPhrase = Math.Clamp(Terms.Max(t => t.Count(c => c == ' ') + 1), 1, 8);
        var byLength = Terms.Select((t, i) => (Term: t, Order: i)).GroupBy(t => t.Term.Length).ToDictionary(g => g.Key, g => g.ToArray());
        var words = Word().Matches(text).Where(m => !blocked[m.Index]).ToArray();
        for (var n = longestPhrase; n >= 1; n--)
        {
            TermMatch? best = null;
            var bestDistance = int.MaxValue;
            var bestOrder = int.MaxValue;
            var bestPhrase = -1;
            for (var i = 0; i + n <= words.Length; i++)
            {
                var start = words[i].Index;
                var end = words[i + n - 1].Index + words[i + n - 1].Length;
                if (!EnglishTypoMatcher.Adjacent(text, words, i, n)) continue;
                var phrase = string.Join(' ', words.Skip(i).Take(n).Select(w => w.Value));
                if (phrase.Length < 3) continue;
                for (var l = phrase.Length - 2; l <= phrase.Length + 2; l++)
                {
                    if (!byLength.TryGetValue(l, out var near)) continue;
                    foreach (var (term, order) in near)
                    {
                        if (n > 1 && words.Skip(i).Take(n).Any(w => EnglishTypoMatcher.FunctionWords.Contains(w.Value) && !term.Split(' ').Contains(w.Value))) continue;
                        if (term.Length == 3 && !(phrase.Length == 3 && phrase.Order().SequenceEqual(term.Order()) || Undoubled(phrase) == term)) continue;
                        var allowed = term.Length >= 8 ? 2 : 1;
                        var distance = EnglishTypoMatcher.Levenshtein(phrase, term, allowed);
                        if (distance > 1 && !EnglishTypoMatcher.WordsWithin(phrase, term)) continue;
                        if (distance == 0 || distance > allowed || distance > bestDistance || distance == bestDistance && (i != bestPhrase || order > bestOrder)) continue;
                        best = new TermMatch(start, end - start, text[start..end], Lexicon.Lookup(term), Fuzzy: true);
                        bestDistance = distance;
                        bestOrder = order;
                        bestPhrase = i;
                    }
                }
            }
            if (best is not null) return best;
        }
        return null;
    }

    private static string? Undoubled(string phrase)
    {
        for (var i = 1; i < phrase.Length; i++)
            if (phrase[i] == phrase[i - 1]) return phrase.Remove(i, 1);
        return null;
    }
}
