using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Lexicon;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// Turns metric terms into governed metrics: a family word (GMV) takes the company standard and
/// notes its variants; a deprecated name takes its replacement; a word several unrelated metrics
/// claim is a question back to the user.
/// </summary>
public sealed class MetricChooser(SemanticCatalog catalog)
{
    public MetricChoice Choose(IEnumerable<TermMatch> matches)
    {
        var metrics = new List<string>();
        var notices = new List<Notice>();
        var ambiguous = new List<string>();
        foreach (var match in matches)
        {
            var unclear = match.Entries.Where(e => e.Kind == TermKind.AmbiguousMetric).Select(e => e.Id).ToList();
            if (unclear.Count > 0)
            {
                ambiguous.AddRange(unclear.Where(id => !ambiguous.Contains(id)));
                continue;
            }
            var ids = match.Entries.Where(e => e.Kind == TermKind.Metric).Select(e => e.Id).Distinct().ToList();
            if (ids.Count == 0) continue;
            var chosen = Resolve(ids, notices);
            if (chosen is null)
            {
                ambiguous.AddRange(ids.Select(Replacement).OfType<string>().Where(id => !ambiguous.Contains(id)));
                continue;
            }
            if (!metrics.Contains(chosen)) metrics.Add(chosen);
        }
        // "运营口径的GMV": the named variant wins over the family word that came with it.
        var generic = notices.OfType<OfficialChosen>().Select(n => n.MetricId).ToHashSet();
        foreach (var id in generic.ToList())
        {
            var family = catalog.FindMetric(id)?.Family;
            if (family is not null && metrics.Any(m => m != id && catalog.FindMetric(m)?.Family == family))
            {
                metrics.Remove(id);
                notices.Remove(new OfficialChosen(id));
            }
        }
        // A glossary word whose choices include a named metric adds nothing to it ("GMV, the order amount").
        return new MetricChoice(metrics, ambiguous.Any(metrics.Contains) ? [] : ambiguous, notices);
    }

    private string? Resolve(List<string> ids, List<Notice> notices)
    {
        if (ids.Count == 1) return Published(ids[0], notices);
        var defs = ids.Select(catalog.FindMetric).OfType<MetricDefinition>().Where(m => m.IsPublished).ToList();
        var official = defs.Where(m => m.Official).ToList();
        // A word shared by a family and its standard means the standard (GMV → paid GMV).
        if (official.Count == 1 && defs.All(m => m.Family is not null && m.Family == official[0].Family))
        {
            notices.Add(new OfficialChosen(official[0].Id));
            return official[0].Id;
        }
        return official.Count == 1 && defs.Count(m => m.Family is null) == 0 ? official[0].Id : null;
    }

    private string? Published(string id, List<Notice> notices)
    {
        var metric = catalog.FindMetric(id);
        if (metric is null) return null;
        if (metric.IsPublished) return metric.Id;
        if (catalog.SuccessorOf(metric.Id) is not { } successor) return null;
        notices.Add(new AnsweredByReplacement(metric.Id, successor.Id));
        return successor.Id;
    }

    private string? Replacement(string id) => catalog.FindMetric(id) is { IsPublished: true } m ? m.Id : catalog.SuccessorOf(id)?.Id;
}
