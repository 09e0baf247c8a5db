using MetricAssistant.Understanding.Parsing;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>A negation said after the definitions it rules out: "电商部那套口径就算了", "运营那个口径不要", "财务部的口径不算".</summary>
public sealed partial class NegatedVariants
{
    // "drop the paid one. the net one too": once a definition is ruled out, one said with these words alone is ruled out as well.
    private static readonly string[] AlsoWords = ["too", "as well", "also", "either", "也是", "也一样"];

    // Sentences end at a full stop too, when "too" carries the ruling out over from the one before.
    private static readonly char[] SentenceEnds = [.. DefinitionPhrases.ClauseEnds, '.', ':', '：', '—'];

    private void Postposed(string text, List<(string, TextSpan)> found)
    {
        foreach (var (at, length) in DefinitionPhrases.Occurrences(text, DefinitionPhrases.PostposedNegations))
            RuleOutBefore(text, at, length, found, closing: false);
        // "电商部口径以外的GMV": the definitions named before 以外 are left out while the clause goes on.
        foreach (var (at, length) in DefinitionPhrases.Occurrences(text, DefinitionPhrases.Outside))
            RuleOutBefore(text, at, length, found, closing: false);
        // "运营那个口径不要", "下单的那个口径先不看": a bare 不要 / 不算 rules out only what its head word (口径, 那个, 的) closes right before it.
        // ("财务那个口径暂时不管", "the finance version set aside": the expressions leaving a value out, said after it, too.)
        foreach (var (at, length) in DefinitionPhrases.Occurrences(text, DefinitionPhrases.ClosingNegations.Concat(LeavingOutWords.Default.AfterWords).Distinct()))
            RuleOutBefore(text, at, length, found, closing: true);
        if (found.Count == 0) return;
        foreach (var (at, length) in DefinitionPhrases.Occurrences(text, AlsoWords).OrderBy(o => o.At))
        {
            var after = at + length;
            while (after < text.Length && text[after] == ' ') after++;
            if (after < text.Length && !SentenceEnds.Contains(text[after]) || found.All(f => f.Item2.End > at)) continue;
            var sentence = text.LastIndexOfAny(SentenceEnds, Math.Max(0, at - 1)) + 1;
            if (ReferenceClosing(text, sentence, at) is { } hit && found.All(f => f.Item1 != hit.Id))
                found.Add((hit.Id, new TextSpan(hit.Start, after - hit.Start)));
        }
    }

    /// <summary>The one definition named from <paramref name="from"/> (fillers aside) whose naming only head words close before <paramref name="to"/>.</summary>
    private (string Id, int Start)? ReferenceClosing(string text, int from, int to)
    {
        var start = SkipFillers(text, from);
        // "…, and the placed one too": the conjunction opening the clause joins it to the one ruled out.
        if (DefinitionPhrases.Joined(text, start) is { } joined) start = SkipFillers(text, joined);
        return start < to && Reference(text, start) is { } hit && hit.End <= to && DefinitionPhrases.ClosedBy(text, hit.End, to) ? (hit.Id, start) : null;
    }

    /// <summary>The variant a description starting at <paramref name="start"/> names, ending before <paramref name="before"/>.</summary>
    private (string Id, int End)? DescribedBefore(string text, int start, int before) =>
        PhraseAt(text, start) is { } phrase && phrase.Said.Any(conceptVariants.ContainsKey) && Described(text, start) is { } hit
            && hit.End <= before && FamilySaid(hit.Id, text) ? hit : null;

    private void RuleOutBefore(string text, int at, int length, List<(string, TextSpan)> found, bool closing)
    {
        var clause = text.LastIndexOfAny(DefinitionPhrases.ClauseEnds, Math.Max(0, at - 1)) + 1;
        if (!closing && length <= 3 && text.AsSpan(at, length).EndsWith("算了") && text.AsSpan(clause, at - clause).ContainsAny("按用照")) return;
        var hits = new List<(string Id, int Start, int End)>();
        for (var start = clause; start < at; start++)
        {
            if (start > clause && IsLatin(text[start]) && IsLatin(text[start - 1])) continue;
            if (Longest(text, start, owners: true) is { } hit && start + hit.Length <= at && !BeforeDimension(text, start + hit.Length))
            {
                if (!FamilySaid(hit.Id, text)) continue;
                hits.Add((hit.Id, start, start + hit.Length));
                start += hit.Length - 1;
            }
            // "扣了券的那个口径不要", "减了优惠的那个就算了": a definition described by how it is calculated, ruled out after.
            else if (DescribedBefore(text, start, at) is { } described)
            {
                hits.Add((described.Id, start, described.End));
                start = described.End - 1;
            }
        }
        if (closing && (hits.Count == 0 || !DefinitionPhrases.EndsClause(text, at + length) || !DefinitionPhrases.ClosedBy(text, hits[^1].End, at))) return;
        foreach (var (id, start, _) in hits)
            if (found.All(f => f.Item1 != id)) found.Add((id, new TextSpan(start, at + length - start)));
    }
}
