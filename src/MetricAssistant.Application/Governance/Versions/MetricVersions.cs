using System.Globalization;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Execution;
using MetricAssistant.Application.Time;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Versions;
using MetricAssistant.Compiler;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Windows;

namespace MetricAssistant.Application.Governance.Versions;

/// <summary>
/// The read side of versions: a metric's published versions (oldest first), its full definition at one version (the
/// shape of <c>GET /api/metrics/{id}</c>), and what changed between two: the definition's fields and the SQL of one
/// reference query compiled under each. Unknown metrics and versions come back with what exists.
/// </summary>
public sealed class MetricVersions(ICatalogProvider catalogs, MetricHistory history, IWarehouse warehouse, OrganizationClock clock)
{
    public const string Superseded = "superseded";

    public async Task<(IReadOnlyList<MetricVersionDto>? Versions, VersionFailure? Failure)> ListAsync(string id, CancellationToken cancellationToken)
    {
        var current = catalogs.Current;
        var versions = await history.VersionsAsync(current, id, cancellationToken);
        if (versions.Count == 0) return (null, UnknownMetric(current, id));
        var latest = MetricHistory.CurrentOf(versions);
        return ([.. versions.Select(v => Describe(v, v.Version == latest))], null);
    }

    /// <summary>The definition at <paramref name="version"/> ("2" or "v2"), as the catalog page shows the current one.</summary>
    public async Task<(MetricDetailDto? Definition, VersionFailure? Failure)> DefinitionAsync(string id, string? version, CancellationToken cancellationToken)
    {
        var current = catalogs.Current;
        var versions = await history.VersionsAsync(current, id, cancellationToken);
        if (versions.Count == 0) return (null, UnknownMetric(current, id));
        var (found, failure) = Find(id, versions, version, "version");
        if (found is null) return (null, failure);
        var (catalog, problem) = await CatalogAtAsync(current, id, found, cancellationToken);
        if (catalog?.FindMetric(id) is not { } metric) return (null, problem ?? UnknownMetric(current, id));
        var detail = CatalogViews.Detail(catalog, metric);
        return found.Version == MetricHistory.CurrentOf(versions) ? (detail, null) : (detail with { Summary = detail.Summary with { Status = Superseded } }, null);
    }

    /// <summary>From <paramref name="from"/> to <paramref name="to"/>: changed fields, and the reference query's SQL under each (its window as of <paramref name="now"/>, default today).</summary>
    public async Task<(MetricDiffDto? Diff, VersionFailure? Failure)> DiffAsync(string id, string? from, string? to, string? now, CancellationToken cancellationToken)
    {
        var current = catalogs.Current;
        if (!clock.TryResolve(now, out var reference))
            return (null, new VersionFailure(VersionFailureKind.Invalid, "invalid_now", "'now' must be an ISO date or date-time such as 2025-07-15T10:00:00.", []));
        var versions = await history.VersionsAsync(current, id, cancellationToken);
        if (versions.Count == 0) return (null, UnknownMetric(current, id));
        var (older, fromFailure) = Find(id, versions, from, "from");
        if (older is null) return (null, fromFailure);
        var (newer, toFailure) = Find(id, versions, to, "to");
        if (newer is null) return (null, toFailure);

        var (fromCatalog, fromProblem) = await CatalogAtAsync(current, id, older, cancellationToken);
        var (toCatalog, toProblem) = await CatalogAtAsync(current, id, newer, cancellationToken);
        var fields = DefinitionDiff.Between(older.Yaml, newer.Yaml);
        var (sql, referenceQuery) = new ReferenceSql(warehouse).Between(id, fromCatalog, toCatalog, reference, fromProblem?.Message, toProblem?.Message);
        return (new MetricDiffDto(id, older.Version, newer.Version, fields, DefinitionDiff.ChangesComputation(fields), sql, referenceQuery), null);
    }

    /// <summary>The catalog in which <paramref name="id"/> is at <paramref name="version"/>: the current one for its current version.</summary>
    private async Task<(SemanticCatalog? Catalog, VersionFailure? Problem)> CatalogAtAsync(SemanticCatalog current, string id, MetricVersionText version, CancellationToken cancellationToken)
    {
        if (version.Yaml is null || current.FindMetric(id)?.Version == version.Version) return (current, null);
        var load = await history.CatalogWithAsync([version], cancellationToken);
        if (load.Catalog is { } catalog) return (catalog, null);
        var problem = load.Problems.FirstOrDefault()?.ToString() ?? "";
        return (null, new VersionFailure(VersionFailureKind.Unloadable, "version_unavailable", VersionMessages.Unloadable(id, version.Version, problem, zh: false), [.. load.Problems.Take(5).Select(p => p.ToString())]));
    }

    private static (MetricVersionText? Found, VersionFailure? Failure) Find(string id, IReadOnlyList<MetricVersionText> versions, string? text, string parameter)
    {
        var known = versions.Select(v => v.Version.ToString(CultureInfo.InvariantCulture)).ToArray();
        if (Number(text) is not { } number)
            return (null, new VersionFailure(VersionFailureKind.Invalid, "invalid_version",
                $"'{parameter}' must be a version number of {id} ({string.Join(", ", known)}).", known));
        return versions.FirstOrDefault(v => v.Version == number) is { } found
            ? (found, null)
            : (null, new VersionFailure(VersionFailureKind.NotFound, "unknown_version",
                $"{id} has no version {number}. Did you mean {string.Join(" or ", Nearest(versions, number))}? Its versions are {string.Join(", ", known)}.", known));
    }

    private static IEnumerable<string> Nearest(IReadOnlyList<MetricVersionText> versions, int number) =>
        versions.OrderBy(v => Math.Abs(v.Version - number)).ThenByDescending(v => v.Version).Take(1).Select(v => v.Version.ToString(CultureInfo.InvariantCulture));

    private static int? Number(string? text)
    {
        var t = text?.Trim() ?? "";
        if (t.StartsWith('v') || t.StartsWith('V')) t = t[1..];
        return t.Length is > 0 and <= 9 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    private static VersionFailure UnknownMetric(SemanticCatalog current, string id)
    {
        var near = DefinitionLookup.Nearest(current, id);
        var shown = id.Length > 100 ? id[..100] + "…" : id;
        return new VersionFailure(VersionFailureKind.NotFound, "unknown_metric",
            $"No metric '{shown}' in the catalog.{(near.Count > 0 ? $" Did you mean {string.Join(" or ", near)}?" : "")}", near);
    }

    private static MetricVersionDto Describe(MetricVersionText version, bool current)
    {
        var change = version.Header.ChangeOf(version.Version);
        var at = version.Revision?.At ?? (DateOnly.TryParseExact(change?.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null);
        return new MetricVersionDto(
            version.Version,
            current ? version.Header.Status ?? "published" : Superseded,
            at,
            version.Revision?.Author ?? change?.Author,
            change?.Summary,
            current,
            version.Revision?.Revision,
            version.Revision?.Reason,
            change?.Date,
            change?.Author);
    }
}
