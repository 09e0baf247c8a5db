using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Versions;

namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>
/// The catalog store's documents as the lifecycle reads them: where a metric's document is, the revision a proposal
/// is made against, and whether the whole catalog still validates with a proposed document in place.
/// </summary>
public sealed partial class CatalogDocuments(ICatalogStore store)
{
    public ICatalogStore Store => store;

    /// <summary>Where a new metric's document goes.</summary>
    public static string NewPath(string metricId) => $"catalog/metrics/{metricId}.yaml";

    /// <summary>The current revision of the document that defines <paramref name="metricId"/>, or null.</summary>
    public static StoredRevision? Find(IReadOnlyList<StoredRevision> current, string metricId) =>
        current.FirstOrDefault(r => r.Path == NewPath(metricId))
        ?? current.FirstOrDefault(r => r.Path.Contains("/metrics/", StringComparison.Ordinal) && DefinitionText.Scalar(r.Yaml, "metric") == metricId);

    /// <summary>Every metric id in the current documents (for did-you-mean).</summary>
    public static IEnumerable<string> MetricIds(IReadOnlyList<StoredRevision> current) =>
        current.Where(r => r.Path.Contains("/metrics/", StringComparison.Ordinal)).Select(r => DefinitionText.Scalar(r.Yaml, "metric")).OfType<string>();

    /// <summary>The catalog with <paramref name="yaml"/> at <paramref name="path"/>, or every problem it has.</summary>
    public static (SemanticCatalog? Catalog, GovernanceFailure? Failure) Validate(IReadOnlyList<StoredRevision> current, string path, string yaml)
    {
        var files = current.Where(r => r.Path != path).Select(r => (r.Path, r.Yaml)).Append((path, yaml));
        var result = new CatalogLoader().LoadFromText(files);
        if (result.Catalog is not null) return (result.Catalog, null);
        var problems = result.Problems.Select(p => new GovernanceProblem(p.File, p.Line, p.File == path && p.Line > 0 ? DefinitionText.FieldAt(yaml, p.Line) : null,
            p.Code, p.Message, p.Suggestion)).ToList();
        var suggestions = problems.Select(p => p.Suggestion).OfType<string>().SelectMany(s => Quoted().Matches(s).Select(m => m.Groups[1].Value)).Distinct().ToList();
        var first = problems[0];
        var message = problems.Count == 1
            ? $"The proposed definition does not validate: {Where(first)}{first.Message}{(first.Suggestion is null ? "" : $" — {first.Suggestion}")}."
            : $"The proposed definition does not validate ({problems.Count} problems): " + string.Join("; ", problems.Take(5).Select(p => $"{Where(p)}{p.Message}{(p.Suggestion is null ? "" : $" — {p.Suggestion}")}")) + ".";
        return (null, GovernanceFailure.Invalid(message, suggestions) with { Problems = problems });
    }

    /// <summary>The kept revision <paramref name="revision"/> of <paramref name="path"/>, or null.</summary>
    public async Task<StoredRevision?> RevisionAsync(string path, long revision, CancellationToken cancellationToken) =>
        (await store.HistoryAsync(path, cancellationToken)).FirstOrDefault(r => r.Revision == revision);

    /// <summary>The last revision of <paramref name="path"/> whose version is <paramref name="version"/> ("version N" of a metric), and the versions kept.</summary>
    public async Task<(StoredRevision? Revision, IReadOnlyList<int> Versions)> VersionAsync(string path, int version, CancellationToken cancellationToken)
    {
        var history = await store.HistoryAsync(path, cancellationToken);
        return (history.LastOrDefault(r => ProposedDocument.VersionOf(r.Yaml) == version), history.Select(r => ProposedDocument.VersionOf(r.Yaml)).Distinct().ToList());
    }

    private static string Where(GovernanceProblem p) => $"{p.File}{(p.Line > 0 ? $":{p.Line}" : "")}{(p.Field is null ? "" : $" ({p.Field})")}: ";

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex Quoted();
}
