using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Parsing;
using MetricAssistant.Understanding.Text;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// The Chinese typo matcher looks up the question's words with one character put back instead of walking every metric
/// name; its readings must be exactly those of the walk (kept here as the reference), for every metric name of the demo
/// catalog typed with each of its homophones, alone, inside a question, after other words, and next to another name.
/// </summary>
public sealed class ChineseTypoIndexTests
{
    private static readonly CatalogLexicon Lexicon = new(TestRepository.Catalog);
    private static readonly ChineseTypoMatcher Matcher = new(Lexicon);

    private static readonly (string Term, IReadOnlyList<LexiconEntry> Entries)[] Names = Lexicon.Terms
        .Where(t => t.Length >= 2 && t.All(TextNormalizer.IsCjk))
        .Select(t => (t, Lexicon.Lookup(t)))
        .Where(x => x.Item2.Any(e => e.Kind is TermKind.Metric or TermKind.AmbiguousMetric))
        .ToArray();

    [Fact]
    public void Find_reads_every_homophone_typo_as_the_walk_over_every_name_does()
    {
        var compared = 0;
        var found = 0;
        foreach (var text in Questions())
        {
            var taken = Taken(text);
            var expected = ReferenceFind(text, taken);
            var actual = Matcher.Find(text, taken);
            Assert.Equal(Describe(expected), Describe(actual));
            compared++;
            if (actual is not null) found++;
        }
        Assert.True(found > 100, $"only {found} of {compared} questions had a typo read");
    }

    [Fact]
    public void Extend_reads_every_name_typed_wrong_at_its_end_as_the_walk_does()
    {
        var extended = 0;
        foreach (var text in Questions())
        {
            var taken = new bool[text.Length];
            foreach (var match in LexiconScanner.Scan(Lexicon, text).Where(m => m.Entries.Any(e => e.Kind == TermKind.Metric)))
            {
                var expected = ReferenceExtend(text, match, taken);
                var actual = Matcher.Extend(text, match, taken);
                Assert.Equal(Describe(expected), Describe(actual));
                if (!ReferenceEquals(actual, match)) extended++;
            }
        }
        Assert.True(extended > 20, $"only {extended} names extended");
    }

    /// <summary>Each name with each character replaced by each of its homophones, in several settings.</summary>
    private static IEnumerable<string> Questions()
    {
        foreach (var (term, _) in Names)
        {
            for (var k = 0; k < term.Length; k++)
            {
                if (!ChineseTypoMatcher.SoundsLike.TryGetValue(term[k], out var alike)) continue;
                foreach (var typed in alike)
                {
                    var typo = term[..k] + typed + term[(k + 1)..];
                    yield return typo;
                    yield return $"上个月{typo}是多少";
                    yield return $"华东区的{typo}";
                    yield return $"支付{typo}";
                    yield return $"{typo}和订单数";
                }
            }
        }
    }

    private static bool[] Taken(string text)
    {
        var taken = new bool[text.Length];
        foreach (var m in LexiconScanner.Scan(Lexicon, text).Where(m => m.Entries.All(e => e.Kind is not TermKind.Metric and not TermKind.AmbiguousMetric)))
            Array.Fill(taken, true, m.Start, m.Length);
        return taken;
    }

    private static string Describe(TermMatch? m) =>
        m is null ? "none" : $"{m.Start}+{m.Length} {m.Text} {string.Join(",", m.Entries.Select(e => $"{e.Kind}:{e.Id}"))} {m.Fuzzy}";

    // The walk over every name, as the matcher did before its lookup.
    private static TermMatch? ReferenceFind(string text, bool[] taken)
    {
        var found = new List<TermMatch>();
        foreach (var (term, entries) in Names)
        {
            for (var i = 0; i + term.Length <= text.Length; i++)
            {
                var mismatches = 0;
                var wrong = -1;
                for (var k = 0; k < term.Length && mismatches < 2; k++)
                {
                    var c = text[i + k];
                    if (taken[i + k] || !TextNormalizer.IsCjk(c)) { mismatches = 2; break; }
                    if (c != term[k]) { mismatches++; wrong = k; }
                }
                if (mismatches == 1 && ChineseTypoMatcher.Typo(text[i + wrong]) && ChineseTypoMatcher.Sounds(term[wrong], text[i + wrong]))
                    found.Add(new TermMatch(i, term.Length, text.Substring(i, term.Length), entries, Fuzzy: true));
            }
        }
        var longest = found.OrderByDescending(m => m.Length).ToList();
        if (longest.Count == 0) return null;
        var top = longest.Where(m => m.Length == longest[0].Length).ToList();
        var meanings = top.Select(m => string.Join(",", m.Entries.Select(e => e.Id))).Distinct().Count();
        return meanings == 1 && (top[0].Length >= 3 || top.Count == 1) ? top[0] : null;
    }

    private static TermMatch ReferenceExtend(string text, TermMatch match, bool[] taken)
    {
        if (match.End >= text.Length || taken[match.End] || !ChineseTypoMatcher.Typo(text[match.End])) return match;
        for (var lead = Math.Min(3, match.Start); lead >= 0; lead--)
        {
            var start = match.Start - lead;
            if (Array.IndexOf(taken, true, start, lead) >= 0) continue;
            var extended = text.Substring(start, lead + match.Length + 1);
            var best = Names.Where(t => t.Term.Length == extended.Length && t.Term.AsSpan(0, t.Term.Length - 1).SequenceEqual(extended.AsSpan(0, extended.Length - 1))
                && ChineseTypoMatcher.Sounds(t.Term[^1], extended[^1])).ToArray();
            if (best.Length == 1) return new TermMatch(start, extended.Length, extended, best[0].Entries, Fuzzy: true);
        }
        return match;
    }
}
