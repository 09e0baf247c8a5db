using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// Verbs whose words also describe a quantity, read as the verbs they are: "kindly share the visitor numbers", "can you share
/// last month's GMV" give, they ask no share of a whole ("Tmall's share of GMV" keeps its ratio); "which region brought in the
/// most new members" recruits people, it earns no money ("which store brought in the most GMV" keeps it). Read, they add no concept;
/// "orders booked in Q1" were placed, no appointment was made.
/// </summary>
internal sealed partial class AskingVerbs(SemanticCatalog catalog, ConceptVocabulary vocabulary)
{
    // A request word before it ("please share", "could you share", "to share"), or what is given right after it ("share the",
    // "share me", "share with", "share our", "share last month's").
    [GeneratedRegex(@"(?<![a-z])(?:(?:please|pls|plz|kindly|pl|can\s+you|could\s+you|would\s+you|will\s+you|to|and|just)\s+share|share(?=\s+(?:the|me|us|with|our|your|this|these|those|its|their|my|some|all|any|(?:last|this|yesterday|today)'s)(?![a-z])))(?![a-z])")]
    private static partial Regex ShareGiven();

    // Between "brought in" and what was brought in: "the most", "more", "how many", a number.
    [GeneratedRegex(@"^\s*(?:the\s+)?(?:most|more|fewer|fewest|least|many|how\s+many|[0-9][0-9,]*|any|some|all)?\s*(?:of\s+the\s+)?$")]
    private static partial Regex BroughtGap();

    public void Apply(string text, List<ConceptMention> mentions, IReadOnlyList<(TextSpan Span, string MetricId)> names)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Concepts.Count == 0) continue;
            if (m.Text == "share" && Given(text, m.Span) || m.Text is "bring in" or "brought in" or "brings in" or "bringing in" && PeopleBrought(text, m.Span, mentions, names))
                mentions[k] = m with { Concepts = [] };
            // "orders booked in Q1", "booked orders": orders are booked when placed, no appointment is made.
            else if (m.Text is "book" or "booked" or "booking" or "bookings" or "booked in" or "book in" && OrdersBeside(text, k, mentions, names))
                mentions[k] = m with { Concepts = [MetricSignature.Placed] };
        }
    }

    private static bool Given(string text, TextSpan at)
    {
        for (var match = ShareGiven().Match(text, Math.Max(0, at.Start - 16)); match.Success; match = match.NextMatch())
        {
            if (match.Index + match.Length == at.End) return true;
            if (match.Index >= at.End) break;
        }
        return false;
    }

    // The next thing said after the verb, with only a count between, is people: a metric counting them or a word for them.
    private bool PeopleBrought(string text, TextSpan at, List<ConceptMention> mentions, IReadOnlyList<(TextSpan Span, string MetricId)> names)
    {
        var next = names.Where(n => n.Span.Start >= at.End).Select(n => (n.Span, People: CountsPeople(n.MetricId)))
            .Concat(mentions.Where(m => m.Span.Start >= at.End && m.Concepts.Count > 0).Select(m => (m.Span, People: m.Concepts.Any(vocabulary.IsPeople))))
            .OrderBy(n => n.Span.Start).FirstOrDefault();
        return next.People && BroughtGap().IsMatch(text.AsSpan(at.End, next.Span.Start - at.End).ToString());
    }

    // An order word or an order metric's name right before the booking word (a word such as "we" or "were" between) or right after it.
    private bool OrdersBeside(string text, int k, List<ConceptMention> mentions, IReadOnlyList<(TextSpan Span, string MetricId)> names)
    {
        var at = mentions[k].Span;
        var said = mentions.Where(m => m.Concepts.Count > 0 && m.Span != at).Select(m => (m.Span, Orders: m.Concepts.Contains(Order)))
            .Concat(names.Select(n => (n.Span, Orders: catalog.Signatures.For(n.MetricId)?.Subjects.Select(vocabulary.ConceptOf).Contains(Order) == true)))
            .ToList();
        var before = said.Where(s => s.Span.End <= at.Start).OrderByDescending(s => s.Span.End).FirstOrDefault();
        if (before.Orders && OrderGap().IsMatch(text[before.Span.End..at.Start])) return true;
        var after = said.Where(s => s.Span.Start >= at.End).OrderBy(s => s.Span.Start).FirstOrDefault();
        return after.Orders && OrderGap().IsMatch(text[at.End..after.Span.Start]);
    }

    private const string Order = "order";

    [GeneratedRegex(@"^\s*(?:(?:we|were|was|that|which|have|had|got|been|the|in)\s+){0,3}$")]
    private static partial Regex OrderGap();

    private bool CountsPeople(string metricId) =>
        catalog.Signatures.For(metricId) is { Shape: SignatureShape.Count or SignatureShape.DistinctCount } signature
        && signature.Subjects.Concat(signature.Declared).Select(vocabulary.ConceptOf).Any(vocabulary.IsPeople);
}
