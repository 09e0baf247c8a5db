using System.Text.RegularExpressions;
using MetricAssistant.Understanding.Lexicon;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// English dimension values and dimension names typed a letter off ("Tmal", "Shanghia", "douyn",
/// "esat china", "by chanel", "T-mall"): words nothing else matched, within one edit of a catalog
/// term of five letters or more (two from ten letters; a swap of neighbouring letters counts as one),
/// starting with the same letter, and not an English word that merely looks like one ("basis" is not
/// "basic"). A word two names are equally close to is left alone.
/// </summary>
public sealed partial class ValueTypoMatcher
{
    // Real words one edit from a value or dimension name, with the same first letter.
    private static readonly HashSet<string> RealWords = new(StringComparer.Ordinal)
    {
        "basis", "score", "shows", "shore", "stone", "stare", "story", "storm", "storey", "stacks", "speakers",
        "southeast", "northeast", "northwest", "chapel", "tall", "goods", "goals", "goal",
    };

    private readonly CatalogLexicon lexicon;
    private readonly IReadOnlyList<string> terms;

    public ValueTypoMatcher(CatalogLexicon lexicon) : this(lexicon, lexicon.Terms
        .Where(t => t.Count(char.IsAsciiLetter) >= 5 && t.All(c => c is >= 'a' and <= 'z' or ' ' or '-' or '.'))
        .Where(t => lexicon.Lookup(t) is { Count: > 0 } entries && entries.All(e => e.Kind is TermKind.DimensionValue or TermKind.Dimension))
        .ToArray())
    {
    }

    /// <summary>The matcher of <paramref name="terms"/> (the lexicon's Latin value and dimension names, in its order), as kept in a <see cref="ReaderTableSnapshot"/>.</summary>
    internal ValueTypoMatcher(CatalogLexicon lexicon, string[] terms) => (this.lexicon, this.terms) = (lexicon, terms);

    /// <summary>The terms in their order, for a <see cref="ReaderTableSnapshot"/>.</summary>
    internal IReadOnlyList<string> Terms => terms;

    // "t-mall", "jd.com", "shanghia": Latin words, with the hyphens and dots people type inside names
    [GeneratedRegex(@"[a-z]+(?:[-.][a-z]+)*")]
    private static partial Regex Word();

    /// <summary>Fuzzy matches among words not yet <paramref name="taken"/>, two-word phrases first; marks what it takes.</summary>
    public IReadOnlyList<TermMatch> Find(string text, bool[] taken)
    {
        var found = new List<TermMatch>();
        var words = Word().Matches(text).Where(w => Array.IndexOf(taken, true, w.Index, w.Length) < 0).ToArray();
        for (var n = 2; n >= 1; n--)
        {
            for (var i = 0; i + n <= words.Length; i++)
            {
                var start = words[i].Index;
                var end = words[i + n - 1].Index + words[i + n - 1].Length;
                if (Array.IndexOf(taken, true, start, end - start) >= 0 || !EnglishTypoMatcher.Adjacent(text, words, i, n)) continue;
                var parts = words.Skip(i).Take(n).Select(w => w.Value).ToArray();
                if (parts.Any(p => EnglishTypoMatcher.FunctionWords.Contains(p) || RealWords.Contains(p))) continue;
                if (Closest(string.Join(' ', parts)) is not { } term) continue;
                found.Add(new TermMatch(start, end - start, text[start..end], lexicon.Lookup(term), Fuzzy: true));
                Array.Fill(taken, true, start, end - start);
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private string? Closest(string phrase)
    {
        var letters = phrase.Count(char.IsAsciiLetter);
        if (letters < 4) return null;
        var joined = phrase.Replace("-", "").Replace(".", "");
        string? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var term in terms)
        {
            if (term[0] != phrase[0] || Math.Abs(term.Length - phrase.Length) > 2) continue;
            var allowed = term.Count(char.IsAsciiLetter) >= 10 ? 2 : 1;
            var distance = Math.Min(EnglishTypoMatcher.Levenshtein(phrase, term, allowed), EnglishTypoMatcher.Levenshtein(joined, term, allowed));
            if (distance == 0 && phrase == term) return null;
            if (distance > allowed || distance > bestDistance) continue;
            if (distance == bestDistance && best is not null)
            {
                tie |= !SameMeaning(best, term);
                continue;
            }
            best = term;
            bestDistance = distance;
            tie = false;
        }
        return tie ? null : best;
    }

    private bool SameMeaning(string a, string b) => lexicon.Lookup(a).SequenceEqual(lexicon.Lookup(b));
}
