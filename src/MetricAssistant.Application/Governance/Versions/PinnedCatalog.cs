using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Security;
using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Application.Governance.Versions;

/// <summary>
/// The catalog a query is compiled against once its pins are honoured: <see cref="Catalog"/> is <see cref="Current"/>
/// itself when nothing is pinned away from the current version, else today's catalog with the pinned metrics'
/// earlier definitions in place.
/// </summary>
public sealed record PinnedCatalog(SemanticCatalog Current, SemanticCatalog Catalog, IReadOnlyList<AppliedPin> Pins)
{
    public static PinnedCatalog Unpinned(SemanticCatalog current) => new(current, current, []);

    /// <summary>True when some metric is computed with a definition that is not its current one.</summary>
    public bool ReplacesDefinitions => !ReferenceEquals(Current, Catalog);

    /// <summary>
    /// A pin never widens access: the query is checked as if it were asked of the current definitions, and again
    /// against the pinned ones (an older definition may read a model or carry a tag the caller may not see).
    /// The pinned check's row scope is the one compiled in.
    /// </summary>
    public AccessDecision Authorise(Caller caller, SemanticQuery query, string language)
    {
        var current = new AccessEvaluator(Current).Check(caller, query, language);
        return !current.Allowed || !ReplacesDefinitions ? current : new AccessEvaluator(Catalog).Check(caller, query, language);
    }

    /// <summary>The answer labelled with what was pinned: its metric names the current version beside the one used, and a warning per pin says so.</summary>
    public Answer Label(Answer answer, string language)
    {
        var away = Pins.Where(p => p.NotCurrent).ToArray();
        if (away.Length == 0) return answer;
        var zh = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var metric = answer.Metric is { } m && away.FirstOrDefault(p => p.MetricId == m.Id) is { } pin ? m with { CurrentVersion = pin.CurrentVersion } : answer.Metric;
        return answer with { Metric = metric, Warnings = [.. away.Select(p => VersionMessages.Pinned(p, zh)), .. answer.Warnings] };
    }
}
