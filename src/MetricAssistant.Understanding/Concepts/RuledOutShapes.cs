using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// A subject asked with one form of figure ruled out and maybe another asked: "去年毛利，不要金额，要百分比" (the margin, not the
/// profit), "bookings, not the conversion, just how many" (the count), "refunds — the rate, not the amount", "average per paying
/// customer, not per order". The forms are the catalog's signature shapes (a share, a sum of money, a count, an amount per unit),
/// so no metric needs words of its own: the metric named is not asked when its form is the one ruled out, or not the one asked,
/// and the subject with the form asked is read from the question's description instead.
/// </summary>
public sealed class RuledOutShapes(SemanticCatalog catalog, ConceptVocabulary vocabulary)
{
    /// <summary>How a figure is formed, as people rule it out or ask for it.</summary>
    private enum Form { Share, Money, Count, PerUnit }

    // Words after which what is wanted is said, ending the words ruled out ("not the rate but the amount", "不要金额而是比例").
    private static readonly string[] Affirming = ["而是", "就要", "只要", "要的是", "but", "just", "rather", "only", "instead"];

    /// <param name="RuledOut">The words ruled out: read, describing nothing asked.</param>
    /// <param name="Reading">The question's reading, names' words included, with what is ruled out and the named metric's form taken out.</param>
    /// <param name="Forbidden">The forms ruled out.</param>
    /// <param name="Fitting">The metrics named whose form is neither ruled out nor other than the one asked.</param>
    /// <param name="Keep">The metric named keeps its form: only the words ruled out are taken out of the reading.</param>
    /// <param name="Asked">The forms asked, none ruled out.</param>
    public sealed record Outcome(IReadOnlyList<TextSpan> RuledOut, ConceptReading Reading, IReadOnlySet<string> Forbidden, IReadOnlySet<string> Asked, IReadOnlyList<string> Fitting, bool Keep);

    /// <summary>
    /// What the question rules out of the forms of figure, and the reading to describe the metric asked by when the named metrics
    /// have a form ruled out (or lack the one asked); null when it rules out no form.
    /// </summary>
    /// <param name="names">The metrics named, with where.</param>
    /// <param name="whole">The question read whole, names' words included.</param>
    public Outcome? Apply(string text, IReadOnlyList<string> metrics, IReadOnlyList<(string Id, TextSpan Span)> names, ConceptReading whole)
    {
        var spans = RuledOutSpans(text, whole, names);
        if (spans.Count == 0) return null;
        bool Inside(TextSpan span) => spans.Any(r => span.Start >= r.Start && span.End <= r.End);
        bool InName(TextSpan span) => names.Any(n => !Inside(n.Span) && span.Start < n.Span.End && n.Span.Start < span.End);
        var asked = whole.Mentions.Where(m => !Inside(m.Span) && !InName(m.Span)).SelectMany(m => FormsOf(m.Concepts)).ToHashSet();
        // "per paying customer, not per order": a form asked as well as ruled out rules out what it is of, not the form.
        var forbidden = whole.Mentions.Where(m => Inside(m.Span)).SelectMany(m => FormsOf(m.Concepts)).Where(f => !asked.Contains(f)).ToHashSet();
        var ruledNames = names.Where(n => Inside(n.Span)).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var kept = metrics.Where(id => !ruledNames.Contains(id) || names.Any(n => n.Id == id && !Inside(n.Span))).ToList();
        // "不要转化率，就要个数": a metric named only to be ruled out rules out its form when another form is asked ("不要净GMV" rules out a definition).
        foreach (var id in ruledNames.Except(kept))
            if (FormOf(id) is { } form && asked.Count > 0 && !asked.Contains(form)) forbidden.Add(form);
        // "average per paying customer, not per order": the form asked is ruled out of another unit; the count named is not asked.
        var corrected = forbidden.Count > 0 || asked.Count > 0 && whole.Mentions.Any(m => Inside(m.Span) && FormsOf(m.Concepts).Overlaps(asked))
            && kept.Any(id => FormOf(id) is { } own && !asked.Contains(own));
        if (!corrected) return null;
        var fitting = kept.Where(id => FormOf(id) is { } own && !forbidden.Contains(own) && (asked.Count == 0 || asked.Contains(own))).ToList();
        var keep = kept.Count > 0 && fitting.Count == kept.Count;
        // "average per paying customer, not per order": none named has the form asked; the metrics of that form built on one named have.
        if (fitting.Count == 0 && asked.Count > 0) fitting = BuiltOn(kept, asked);
        var forms = forbidden.Select(f => f.ToString()).ToHashSet(StringComparer.Ordinal);
        var askedForms = asked.Select(f => f.ToString()).ToHashSet(StringComparer.Ordinal);
        // The metric named stays when its form is neither ruled out nor other than the one asked; what is ruled out describes nothing.
        if (keep)
            return new Outcome(spans, new ConceptReading([.. whole.Mentions.Select(m => Inside(m.Span) ? m with { Concepts = [] } : m)]), forms, askedForms, fitting, Keep: true);
        var mentions = whole.Mentions.Select(m => Inside(m.Span) ? m with { Concepts = [] }
            // "毛利率，不要百分比": the name's own form is what the question corrects; its subject stays.
            : InName(m.Span) ? m with { Concepts = [.. m.Concepts.Where(c => FormsOf([c]) is var f && (f.Count == 0 || f.Overlaps(asked)))] }
            : m).ToList();
        return new Outcome(spans, new ConceptReading(mentions), forms, askedForms, fitting, Keep: false);
    }

    /// <summary>The published metrics of a form asked that have one of <paramref name="named"/> (or the same count or sum) as a part.</summary>
    private List<string> BuiltOn(IReadOnlyList<string> named, HashSet<Form> asked)
    {
        var parts = named.Select(catalog.Signatures.For).OfType<MetricSignature>().ToList();
        return [.. catalog.Signatures.All.Where(s => FormOf(s.MetricId) is { } form && asked.Contains(form) && catalog.FindMetric(s.MetricId) is { IsPublished: true }
            && new[] { s.Numerator, s.Denominator }.OfType<MetricSignature>().Any(p => parts.Any(n => p.MetricId == n.MetricId || p.Shape == n.Shape && p.Subjects.SequenceEqual(n.Subjects))))
            .Select(s => s.MetricId).Distinct()];
    }

    /// <summary>Whether the metric's form is none the question ruled out, and the one asked if one is.</summary>
    public bool Fits(string metricId, Outcome outcome) => FormOf(metricId) is { } form && !outcome.Forbidden.Contains(form.ToString())
        && (outcome.Asked.Count == 0 || outcome.Asked.Contains(form.ToString()));

    /// <summary>From each negation whose words right after it are read, to its clause's end or an affirming word.</summary>
    private List<TextSpan> RuledOutSpans(string text, ConceptReading whole, IReadOnlyList<(string Id, TextSpan Span)> names)
    {
        var spans = new List<TextSpan>();
        // "not the dollar amount": a negation whose clause names a form a word or two on, from the negation to the clause's end.
        foreach (var (at, length) in DefinitionPhrases.Occurrences(text, vocabulary.Negations))
        {
            var from = at + length;
            var end = ClauseStop(text, from);
            if (whole.Mentions.FirstOrDefault(m => m.Span.Start >= from && m.Span.End <= end && m.Concepts.Count > 0) is { } first
                && first.Span.Start - from <= NegationReach && FormsOf(first.Concepts).Count > 0 && !spans.Any(s => s.Start <= first.Span.Start && first.Span.Start < s.End))
                spans.Add(new TextSpan(at, end - at));
        }
        // "不要转化率", "not the conversion": a metric's name right after a negation.
        foreach (var (id, span) in names)
            if (FormOf(id) is not null && vocabulary.EndsWithNegation(text[..span.Start]))
            {
                // The negation is read with it ("skip the conversion rate").
                var start = DefinitionPhrases.Occurrences(text, vocabulary.Negations).Where(n => n.At + n.Length <= span.Start).Select(n => n.At).DefaultIfEmpty(span.Start).Max();
                spans.Add(new TextSpan(start, Math.Max(span.End, ClauseStop(text, span.End)) - start));
            }
        foreach (var mention in whole.Mentions)
        {
            if (mention.Concepts.Count == 0 || spans.Any(r => mention.Span.Start >= r.Start && mention.Span.Start < r.End)) continue;
            if (vocabulary.EndsWithNegation(text[..mention.Span.Start]))
            {
                var end = ClauseStop(text, mention.Span.End);
                // "不按付款时间算 也别减优惠券" rules out a definition, not the money its words go on to say.
                if (FormsOf(mention.Concepts).Count > 0)
                    spans.Add(new TextSpan(mention.Span.Start, end - mention.Span.Start));
            }
            // "金额不要": said after what it rules out.
            else if (FormsOf(mention.Concepts).Count > 0 && DefinitionPhrases.RuledOutAfter(text, mention.Span.End))
                spans.Add(mention.Span);
        }
        return spans;
    }

    // How far after a negation ("not the dollar amount") the form it rules out may start.
    private const int NegationReach = 12;

    private static int ClauseStop(string text, int from)
    {
        var end = text.IndexOfAny(DefinitionPhrases.ClauseEnds, from) is var e and >= 0 ? e : text.Length;
        foreach (var (at, _) in DefinitionPhrases.Occurrences(text, Affirming))
            if (at >= from && at < end) end = at;
        // "不要金额 要比例" (the space is gone once normalised): a bare 要 / 给 / 看 after what is ruled out starts what is asked.
        for (var at = from + 1; at < end; at++)
            if ("要给看".Contains(text[at]) && !"不别只就想需也还".Contains(text[at - 1]) && TextNormalizer.IsCjk(text[at - 1])) return at;
        return end;
    }

    private static HashSet<Form> FormsOf(IEnumerable<string> concepts)
    {
        var forms = new HashSet<Form>();
        foreach (var concept in concepts)
        {
            if (concept == ConceptVocabulary.Ratio) forms.Add(Form.Share);
            else if (concept == ConceptVocabulary.Money) forms.Add(Form.Money);
            else if (concept is ConceptVocabulary.Count or ConceptVocabulary.Quantity) forms.Add(Form.Count);
            else if (concept is ConceptVocabulary.Per or ConceptVocabulary.Average) forms.Add(Form.PerUnit);
        }
        return forms;
    }

    /// <summary>The form of a metric, from its signature: a sum of money is an amount, any other sum or count a count.</summary>
    private Form? FormOf(string metricId) => catalog.Signatures.For(metricId) switch
    {
        { Shape: SignatureShape.Share } => Form.Share,
        { Shape: SignatureShape.AveragePer } => Form.PerUnit,
        { Shape: SignatureShape.Sum or SignatureShape.Cumulative or SignatureShape.Rolling or SignatureShape.ToDate } s when s.Subjects.Contains(ConceptVocabulary.Money) => Form.Money,
        { Shape: SignatureShape.Count or SignatureShape.DistinctCount or SignatureShape.Sum or SignatureShape.Cumulative } => Form.Count,
        _ => null,
    };
}
