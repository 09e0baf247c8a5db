using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// "毛利涨了多少", "订单少了多少", "how much did refunds go up": a word of an amount moving asks for the change of the quantity said
/// beside it from the period before, never the quantity itself. Of people who can join (the subjects of a metric that counts the
/// new ones: 会员多了多少, 新会员涨了多少, "the rise in members"), an increase is the new ones, as those metrics say.
/// </summary>
internal sealed partial class MovementWords
{
    /// <summary>The concept of people who joined, which the catalog's metrics of new members declare.</summary>
    public const string New = "new";

    private readonly SemanticCatalog catalog;
    private readonly ConceptVocabulary vocabulary;
    private readonly HashSet<string> up, down, subjects, joining;

    /// <param name="subjects">What can be counted: the catalog's subjects and the kinds of people.</param>
    public MovementWords(SemanticCatalog catalog, ConceptVocabulary vocabulary, IReadOnlySet<string> subjects)
    {
        (this.catalog, this.vocabulary) = (catalog, vocabulary);
        up = vocabulary.MovementsUp.ToHashSet(StringComparer.Ordinal);
        down = vocabulary.MovementsDown.ToHashSet(StringComparer.Ordinal);
        this.subjects = [.. subjects, ConceptVocabulary.Money];
        joining = catalog.Signatures.All.Where(IsOfNew).SelectMany(s => s.Subjects.Concat(s.Declared)).Select(vocabulary.ConceptOf)
            .Where(c => c != New && c != ConceptVocabulary.People).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every movement word, read whole so that it is consumed and judged here.</summary>
    public IEnumerable<string> Words => up.Concat(down);

    /// <param name="names">The metrics named, where (their words are not read as mentions).</param>
    public void Read(string text, List<ConceptMention> mentions, IReadOnlyList<(TextSpan Span, string MetricId)> names)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var movement = mentions[k];
            var rising = up.Contains(movement.Text);
            if (!rising && !down.Contains(movement.Text)) continue;
            // "多少了" / "好多了" ask how many so far (Sichuan 好多 is 多少): no amount moved.
            if (movement.Span.Start > 0 && (movement.Text, text[movement.Span.Start - 1]) is ("少了", '多') or ("多了", '好')) continue;
            if (About(text, movement.Span, mentions, names) is not { } joins) continue;
            mentions[k] = rising && joins ? movement with { Concepts = [New] } : movement with { Concepts = [], Moved = true };
        }
    }

    /// <summary>
    /// Whether what moved (the nearest quantity before the word in its clause, else after it) is people who can join; null when
    /// the clause says no quantity (上个月多了多少: what moved is unsaid, and the word keeps its own reading).
    /// </summary>
    private bool? About(string text, TextSpan at, List<ConceptMention> mentions, IReadOnlyList<(TextSpan Span, string MetricId)> names)
    {
        var (start, end) = Clause(text, at);
        var said = mentions.Where(m => m.Span.Start >= start && m.Span.End <= end && m.Span != at && m.Concepts.Any(subjects.Contains))
            .Select(m => (m.Span, Joins: (bool?)m.Concepts.Any(joining.Contains)))
            .Concat(names.Where(n => n.Span.Start >= start && n.Span.End <= end).Select(n => (n.Span, Joins: JoinsNamed(n.MetricId))))
            .ToList();
        var before = said.Where(s => s.Span.End <= at.Start).OrderByDescending(s => s.Span.End).FirstOrDefault();
        if (before.Joins is not null) return before.Joins;
        // English says what moved before the verb; after it only as a noun's "in" / "of" ("the increase in members"), never after
        // an imperative ("drop the split", "drop table orders").
        if (char.IsAsciiLetter(text[at.Start]) && !AfterNoun().IsMatch(text, at.End)) return null;
        return said.Where(s => s.Span.Start >= at.End).OrderBy(s => s.Span.Start).FirstOrDefault().Joins;
    }

    // A metric of joining people moving up adds new ones: 新会员涨了多少 is how many joined, as is 累计会员多了多少.
    private bool? JoinsNamed(string metricId) =>
        catalog.Signatures.For(metricId) is { } signature && signature.Subjects.Concat(signature.Declared).Select(vocabulary.ConceptOf).Any(joining.Contains);

    private bool IsOfNew(MetricSignature signature) => signature.OwnWords.Select(vocabulary.ConceptOf).Contains(New);

    private static (int Start, int End) Clause(string text, TextSpan at)
    {
        var start = text.LastIndexOfAny(Breaks, Math.Max(0, at.Start - 1)) + 1;
        var end = text.IndexOfAny(Breaks, at.End);
        return (start, end < 0 ? text.Length : end);
    }

    private static readonly char[] Breaks = [',', '，', '。', ';', '；', '?', '？', '!', '！'];

    [GeneratedRegex(@"\G\s+(?:in|of)(?![a-z])")]
    private static partial Regex AfterNoun();
}
