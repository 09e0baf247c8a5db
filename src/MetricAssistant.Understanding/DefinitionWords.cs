using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Concepts;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Parsing;
using static MetricAssistant.Understanding.MatchRules;

namespace MetricAssistant.Understanding;

/// <summary>
/// Once metrics are named, the words that say which definition is meant: a variant ruled out ("不要财务口径的GMV"), its
/// owner ("电商部的GMV"), a variant's own qualifier said apart from the family's name ("net of coupons, what did GMV look
/// like"), a difference of two names ("扣掉退款以后的GMV"), and a name that is not asked ("不要毛利额，要毛利率"). The
/// metrics and notices are changed in place; the words that named a definition are no filter.
/// </summary>
internal sealed class DefinitionWords(SemanticCatalog catalog, NegatedVariants negations)
{
    /// <param name="Matches">The catalog terms left once the definition words are taken out.</param>
    /// <param name="Clarify">The variants left to choose among when one was ruled out and several remain; else null.</param>
    public sealed record Outcome(
        IReadOnlyList<TermMatch> Matches,
        IReadOnlyList<(string MetricId, TextSpan Span)> Negated,
        IReadOnlyList<(string MetricId, TextSpan Span)> Owned,
        (string MetricId, int Start, int Length)? Difference,
        IReadOnlyList<string>? Clarify = null)
    {
        /// <summary>Departments ruled out that own no definition asked ("市场部那套先不看"): read, ruling nothing out.</summary>
        public IReadOnlyList<TextSpan> Departments { get; init; } = [];
    }

    /// <summary>Takes out the metrics (of none of <paramref name="keep"/>) that are named only inside <paramref name="span"/>.</summary>
    private static void RemoveNamedOnlyInside(TextSpan span, IReadOnlyCollection<string> keep, IReadOnlyList<TermMatch> matches, List<string> metrics) =>
        metrics.RemoveAll(id => !keep.Contains(id) && matches.Where(m => IsMetric(m) && m.Entries.Any(e => e.Id == id)).ToList() is { Count: > 0 } said
            && said.All(m => m.Start >= span.Start && m.End <= span.End));

    /// <param name="learned">An accepted example or a click decided the metric: only the explicit ruling-out words still apply.</param>
    public Outcome Apply(string text, IReadOnlyList<TermMatch> matches, List<string> metrics, List<Notice> notices, bool learned, Func<IReadOnlyList<string>, IReadOnlyList<TextSpan>, string?>? describedAmong = null)
    {
        // "订单数不要支付口径的": a definition word of a family neither said nor asked rules out nothing of the metrics asked.
        var negated = negations.Find(text);
        // "电商部那套先不看" when e-commerce owns no definition asked: its words are read, and no channel filter.
        // "订单数，不要门店那个口径": a slice's value named as a way of counting is read the same way, and no filter.
        var departments = negations.RuledOutDepartments(text).Concat(negations.RuledOutSliceDefinitions(text)).Where(d => !negated.Any(n => Overlap(n.Span, d))).ToList();
        matches = [.. matches.Where(m => IsMetric(m) || !departments.Any(d => Overlap(d, new TextSpan(m.Start, m.Length))))];
        if (negated.Count > 0)
        {
            // "不要财务口径的GMV": the family's other variants; one left is the answer, several are the asker's choice.
            var ruledOut = negated.Select(n => n.MetricId).ToHashSet(StringComparer.Ordinal);
            // "not the e-commerce one" names a definition, not the online channel: its words are no filter.
            matches = matches.Where(m => !negated.Any(n => m.Start < n.Span.End && n.Span.Start < m.End) || IsMetric(m)).ToList();
            var remaining = negations.Remaining(ruledOut);
            var family = remaining.Concat(ruledOut).ToHashSet(StringComparer.Ordinal);
            // "not the one that counts orders when they are placed": a name inside a definition's description is no metric asked.
            bool Inside(TermMatch m) => negated.Any(n => m.Start >= n.Span.Start && m.End <= n.Span.End);
            var describing = matches.Where(m => IsMetric(m) && Inside(m)).SelectMany(m => m.Entries).Select(e => e.Id)
                .Where(id => !family.Contains(id) && !matches.Any(m => IsMetric(m) && !Inside(m) && m.Entries.Any(e => e.Id == id))).ToHashSet(StringComparer.Ordinal);
            metrics.RemoveAll(describing.Contains);
            // "上个月成交额，运营口径不算": the standard named only by the family's own words is the family, not a choice of it.
            bool FamilyOnly(string id) => matches.Where(m => IsMetric(m) && m.Entries.Any(e => e.Id == id)).ToList() is { Count: > 0 } named
                && named.All(m => negations.IsFamilyWord(text.Substring(m.Start, m.Length)));
            var kept = metrics.Where(m => family.Contains(m) && !ruledOut.Contains(m) && !notices.Contains(new OfficialChosen(m)) && !FamilyOnly(m)).ToList();
            metrics.RemoveAll(family.Contains);
            notices.RemoveAll(n => n is OfficialChosen o && family.Contains(o.MetricId));
            if (kept.Count > 0) metrics.InsertRange(0, kept);
            else if (remaining.Count == 1) metrics.Insert(0, remaining[0]);
            else if (remaining.Count > 1 && negations.NamedAmong(text, remaining, [.. negated.Select(n => n.Span)]) is [var named]) metrics.Insert(0, named);
            // "不是支付GMV，是下单那个": the definition described after an affirming word is the one meant.
            else if (remaining.Count > 1 && negations.AffirmedAmong(text, remaining, [.. negated.Select(n => n.Span)]) is [var affirmed])
            {
                // "rather the one counted when orders are placed": a name inside the description is no metric asked.
                metrics.RemoveAll(id => !family.Contains(id) && matches.Where(m => IsMetric(m) && m.Entries.Any(e => e.Id == id)).ToList() is { Count: > 0 } said
                    && said.All(m => m.Start >= affirmed.Span.Start && m.End <= affirmed.Span.End));
                metrics.Insert(0, affirmed.MetricId);
            }
            // "不要下单口径, just the company standard": of the variants left, the one the catalog marks as the company's.
            else if (remaining.Count > 1 && StandardDefinitionWords.AsksForStandard(text) && remaining.FirstOrDefault(id => catalog.Metrics[id].Official) is { } official)
                metrics.Insert(0, official);
            else if (remaining.Count > 1 && NegatedVariants.AsksForAll(text)) metrics.InsertRange(0, remaining);
            // "实际收到的钱，不是下单金额": the rest of the question describes one of the definitions left.
            else if (remaining.Count > 1 && !learned && describedAmong?.Invoke(remaining, [.. negated.Select(n => n.Span)]) is { } described) metrics.Insert(0, described);
            else if (remaining.Count > 1) return new Outcome(matches, negated, [], null, remaining);
            // "not the visitors-based one — I mean bookings": the rows describing the one meant are no metric asked.
            foreach (var (_, span) in negations.AffirmedAmong(text, remaining, [.. negated.Select(n => n.Span)]))
                RemoveNamedOnlyInside(span, family, matches, metrics);
        }
        // "转化率，我说的是按预约算的", "conversion rate, I mean the bookings one": a correction naming a sibling of the metric asked.
        if (!learned && negated.Count == 0)
            for (var k = 0; k < metrics.Count; k++)
                if (negations.CorrectedTo(text, metrics[k]) is { } corrected && !metrics.Contains(corrected.MetricId))
                {
                    notices.Remove(new OfficialChosen(metrics[k]));
                    metrics[k] = corrected.MetricId;
                    RemoveNamedOnlyInside(corrected.Span, [.. negations.Remaining([corrected.MetricId]), corrected.MetricId], matches, metrics);
                }
        // "电商部的GMV": the department owning a variant names that definition; its words are no filter.
        var owned = negations.ByOwner(text).Where(o => !negated.Any(n => Overlap(n.Span, o.Span))).ToList();
        if (owned.Count > 0)
        {
            matches = [.. matches.Where(m => IsMetric(m) || !owned.Any(o => Overlap(o.Span, new TextSpan(m.Start, m.Length))))];
            foreach (var (id, _) in owned)
            {
                var family = catalog.Metrics[id].Family;
                if (metrics.FirstOrDefault(m => notices.Contains(new OfficialChosen(m)) && catalog.Metrics[m].Family == family) is not { } generic) continue;
                metrics[metrics.IndexOf(generic)] = id;
                notices.Remove(new OfficialChosen(generic));
            }
        }
        // "Net of coupons, what did GMV look like": one variant's own qualifier, said apart from the family's name, names that variant.
        if (!learned && negated.Count == 0 && owned.Count == 0 && metrics.Count == 1 && notices.Contains(new OfficialChosen(metrics[0])))
        {
            var others = negations.Remaining([metrics[0]]);
            var names = matches.Where(m => m.Entries.Any(e => e.Kind != TermKind.DimensionValue)).Select(m => new TextSpan(m.Start, m.Length)).ToList();
            if (others.Count > 1 && negations.NamedAmong(text, others, names) is [var qualified])
            {
                notices.Remove(new OfficialChosen(metrics[0]));
                metrics[0] = qualified;
            }
        }
        // "扣掉退款以后的GMV": two names with a subtraction word before the second are the catalog's metric of their difference.
        var difference = !learned ? DifferenceRule.Find(catalog, text, metrics, [.. matches.Where(IsMetric)]) : null;
        if (difference is { } diff)
        {
            metrics.Clear();
            metrics.Add(diff.MetricId);
            notices.RemoveAll(n => n is OfficialChosen);
        }
        else if (!learned && metrics.Count > 1)
        {
            // "不要毛利额，要毛利率", "是访客的": a name that is not asked, when another one is.
            var ruled = matches.Where(m => IsMetric(m) && MetricMentionRoles.NotAsked(text[..m.Start], text[m.End..]))
                .SelectMany(m => m.Entries.Select(e => e.Id)).ToHashSet(StringComparer.Ordinal);
            if (metrics.Any(id => !ruled.Contains(id))) metrics.RemoveAll(ruled.Contains);
        }
        return new Outcome(matches, negated, owned, difference) { Departments = departments };
    }
}
