using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// A department ruled out that owns no definition of what is asked: "本月成交额，市场部那套先不看" (marketing owns no GMV). It rules
/// nothing out, but its words are read: what is asked stays, with no "not understood" for the department.
/// </summary>
public sealed partial class NegatedVariants
{
    /// <summary>The spans where a department of the catalog (any metric's owner) is ruled out, before or after its naming.</summary>
    public IReadOnlyList<TextSpan> RuledOutDepartments(string text)
    {
        var spans = new List<TextSpan>();
        foreach (var (at, length) in DefinitionPhrases.Occurrences(text, departments))
        {
            // "除了电商渠道以外": 电商 before 渠道 is the channel's value, no department.
            if (BeforeDimension(text, at + length)) continue;
            var end = DefinitionPhrases.SkipHeads(text, at + length);
            // "不要市场部的", "not what marketing reports": a negation right before it, fillers aside.
            foreach (var (negation, negationLength) in NegationsIn(text))
                if (negation + negationLength <= at && SkipFillers(text, negation + negationLength) == at)
                    spans.Add(new TextSpan(negation, end - negation));
            // "市场部那套算法先不看": a negation closing its naming.
            var clauseEnd = text.IndexOfAny(DefinitionPhrases.ClauseEnds, at) is var e and >= 0 ? e : text.Length;
            foreach (var (negation, negationLength) in DefinitionPhrases.Occurrences(text, DefinitionPhrases.PostposedNegations.Concat(DefinitionPhrases.ClosingNegations)))
                if (negation >= at + length && negation < clauseEnd && DefinitionPhrases.EndsClause(text, negation + negationLength)
                    && DefinitionPhrases.ClosedBy(text, at + length, negation))
                    spans.Add(new TextSpan(at, negation + negationLength - at));
        }
        return spans;
    }

}
