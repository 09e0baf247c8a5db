using MetricAssistant.Application.Governance.Requests;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Application.Governance.Inbox;

/// <summary>
/// Groups inbox items by metric, kind and wording (<paramref name="keyOf"/>: the masked key), counts them, keeps the
/// distinct questions as examples (most asked first), and writes each metric group's proposals: the wording as a
/// synonym, the most asked question as a typical question (each only when the metric does not have it yet).
/// </summary>
public sealed class InboxGrouper(SemanticCatalog catalog, Func<string, string> keyOf)
{
    public const int MaxExamples = 10;

    public IReadOnlyList<InboxGroup> Group(IEnumerable<InboxItem> items) => items
        .GroupBy(i => (i.MetricId, i.Kind, Key: keyOf(i.Question)))
        .Select(g => Build(g.Key.MetricId, g.Key.Kind, g.Key.Key, g.ToList()))
        .OrderByDescending(g => g.Count).ThenByDescending(g => g.LastSeen).ThenBy(g => g.Kind, StringComparer.Ordinal)
        .ToList();

    private InboxGroup Build(string? metricId, string kind, string wording, IReadOnlyList<InboxItem> items)
    {
        var metric = metricId is null ? null : catalog.FindMetric(metricId);
        var domain = metric is not null ? new RequestDomain(metric.Owner.En, metric.Owner.Zh) : items.Select(i => i.Domain).FirstOrDefault(d => d is not null) ?? RequestDomain.DataGovernance;
        var examples = items
            .GroupBy(i => TextNormalizer.Normalize(i.Question))
            .Select(q => new InboxExample(
                q.OrderByDescending(i => i.Time).First().Question,
                q.Sum(i => i.Count),
                q.Select(i => i.UserId).Distinct(StringComparer.Ordinal).ToList(),
                q.Max(i => i.Time),
                q.Select(i => i.Comment).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
                q.Select(i => i.Ref).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
                q.OrderByDescending(i => i.Time).First().Status))
            .OrderByDescending(e => e.Count).ThenByDescending(e => e.LastSeen)
            .ToList();
        return new InboxGroup(metricId, kind, wording, items.Sum(i => i.Count), domain.En, domain.Zh, items.Max(i => i.Time), examples.Take(MaxExamples).ToList(),
            metric is null ? null : SynonymProposal(metric, kind, wording, examples),
            metric is null ? null : TypicalQuestionProposal(metric, kind, examples));
    }

    private static ProposalTemplate? SynonymProposal(MetricDefinition metric, string kind, string wording, IReadOnlyList<InboxExample> examples)
    {
        if (metric.Synonyms.Any(s => string.Equals(s, wording, StringComparison.OrdinalIgnoreCase)) || string.Equals(metric.Name.Zh, wording, StringComparison.OrdinalIgnoreCase)
            || string.Equals(metric.Name.En, wording, StringComparison.OrdinalIgnoreCase)) return null;
        return new ProposalTemplate("change", metric.Id, metric.Version,
            new Dictionary<string, IReadOnlyList<string>> { ["synonyms"] = [.. metric.Synonyms, wording] },
            $"Inbox: \"{wording}\" was asked {examples.Sum(e => e.Count)} time(s) meaning {metric.Id} ({kind}), e.g. \"{examples[0].Question}\".");
    }

    private static ProposalTemplate? TypicalQuestionProposal(MetricDefinition metric, string kind, IReadOnlyList<InboxExample> examples)
    {
        var question = examples[0].Question.Trim();
        if (metric.TypicalQuestions.Any(q => TextNormalizer.Normalize(q) == TextNormalizer.Normalize(question))) return null;
        return new ProposalTemplate("change", metric.Id, metric.Version,
            new Dictionary<string, IReadOnlyList<string>> { ["typicalQuestions"] = [.. metric.TypicalQuestions, question] },
            $"Inbox: \"{question}\" was asked {examples[0].Count} time(s) meaning {metric.Id} ({kind}).");
    }
}
