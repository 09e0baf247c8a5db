using MetricAssistant.Application.Audit;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Governance.Freshness;
using MetricAssistant.Application.Time;
using MetricAssistant.Application.Identity;
using MetricAssistant.Application.Security;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Application.Governance.Lineage;

/// <summary>
/// Lineage both ways: from a metric to its models, columns, upstream tables and jobs; from a table or column to every
/// metric that uses it and who asked about them in the last <see cref="AskedDays"/> days (the audit trail, measured
/// back from the organisation clock).
/// </summary>
public sealed class LineageService(ICatalogProvider catalogs, RequestContext context, IAuditLog audit, TimeProvider time,
    OrganizationClock? clock = null, FreshnessService? freshness = null)
{
    public const int AskedDays = 30;
    private const int MaxNameLength = 200;

    /// <summary>A metric's lineage, or 404 with the nearest ids. Readable by anyone who may read the catalog (as GET /api/metrics/{id}).</summary>
    public async Task<(MetricLineageReport? Report, LineageFailure? Failure)> MetricAsync(string id, CancellationToken cancellationToken)
    {
        var catalog = catalogs.Current;
        if (catalog.FindMetric(id) is { } metric)
        {
            var report = MetricLineageBuilder.Build(catalog, metric);
            if (freshness is null || clock is null) return (report, null);
            var (dto, _) = await freshness.ForAsync(catalog, [metric.Id], clock.Now(), cancellationToken);
            return (report with { Freshness = dto }, null);
        }
        var ids = catalog.Metrics.Keys.Order(StringComparer.Ordinal).ToArray();
        var near = DidYouMean.Nearest(id, ids, DefinitionLookup.MaxSuggestions);
        if (near.Count == 0 && DidYouMean.Closest(id, ids) is { } closest) near = [closest];
        return (null, new LineageFailure(LineageFailureKind.NotFound, "unknown_metric",
            $"No metric '{Clip(id)}' in the catalog.{DidYouMeanText(near)}", near));
    }

    /// <summary>
    /// <paramref name="id"/>'s lineage as <paramref name="reader"/> may read it (the caller passed <see cref="DefinitionGate"/>):
    /// an input whose definition the reader may not read keeps its operand, id and name — the ratio cannot be understood
    /// without them — but not its models, columns, tables, jobs or own inputs.
    /// </summary>
    public async Task<(MetricLineageReport? Report, LineageFailure? Failure)> MetricAsync(string id, Caller reader, CancellationToken cancellationToken)
    {
        var (report, failure) = await MetricAsync(id, cancellationToken);
        if (report is null) return (report, failure);
        var visibility = new DefinitionVisibility(catalogs.Current);
        return (Redact(report, id => visibility.CanSee(reader, id)), null);
    }

    private static MetricLineageReport Redact(MetricLineageReport report, Func<string, bool> visible) => report with
    {
        Inputs = [.. report.Inputs.Select(i => i with
        {
            Metric = visible(i.Metric.Id)
                ? Redact(i.Metric, visible)
                : i.Metric with { Models = [], Columns = [], UpstreamTables = [], Jobs = [], SourceSystems = [], Lineage = null, Inputs = [] },
        })],
    };

    /// <summary>
    /// The impact of changing <paramref name="table"/> (a model id, a warehouse table or an upstream table of a lineage
    /// block, in that order) or one <paramref name="column"/> of it. Only for callers with a governance right or exec.
    /// </summary>
    public async Task<(ImpactReport? Report, LineageFailure? Failure)> ImpactAsync(Caller? authenticated, string? user, string? table, string? column, CancellationToken cancellationToken)
    {
        var (caller, _, error) = context.Resolve(authenticated, user, null);
        if (caller is null) return (null, new LineageFailure(LineageFailureKind.Invalid, error!.Code, error.Message, error.Suggestions));
        var catalog = catalogs.Current;
        if (!LineageRights.MaySeeImpact(catalog, caller))
            return (null, new LineageFailure(LineageFailureKind.Forbidden, "forbidden",
                $"User '{caller.UserId}' may not see the impact of a change: it needs a governance right (propose, review or publish in the access policy) or the exec role.", []));
        if (string.IsNullOrWhiteSpace(table))
            return (null, new LineageFailure(LineageFailureKind.Invalid, "missing_table", "table is required: a model id, a warehouse table or an upstream table (e.g. table=orders).", []));
        if (table.Length > MaxNameLength || column is { Length: > MaxNameLength })
            return (null, new LineageFailure(LineageFailureKind.Invalid, "too_long", $"table and column are at most {MaxNameLength} characters.", []));

        var (target, failure) = Match(catalog, table.Trim(), string.IsNullOrWhiteSpace(column) ? null : column.Trim());
        if (target is null) return (null, failure);
        // Only metrics whose definitions the caller may read: the impact list must not reveal the others.
        var visibility = new DefinitionVisibility(catalog);
        var metrics = ImpactAnalysis.Reached(catalog, target.Models, target.Column, target.Kind == TableMatcher.Upstream ? target.Name : null)
            .Where(m => visibility.CanSee(caller, m.Id)).ToArray();

        var to = time.GetUtcNow();
        var from = to.AddDays(-AskedDays);
        if (!LineageRights.MaySeeAskers(catalog, caller))
            return (new ImpactReport(target, metrics, null, AskedDays, from, to,
                "Who asked is shown to reviewers and publishers of metrics (and exec) only."), null);
        var askers = await audit.CountAskersAsync(metrics.Select(m => m.Id).ToArray(), from, to, cancellationToken);
        return (new ImpactReport(target, metrics, askers, AskedDays, from, to, null), null);
    }

    private static (ImpactTarget? Target, LineageFailure? Failure) Match(SemanticCatalog catalog, string table, string? column)
    {
        var matched = TableMatcher.Match(catalog, table);
        if (matched is null)
        {
            var near = DidYouMean.Nearest(table, TableMatcher.Names(catalog), DefinitionLookup.MaxSuggestions);
            return (null, new LineageFailure(LineageFailureKind.NotFound, "unknown_table",
                $"No model, warehouse table or upstream table '{Clip(table)}' in the catalog.{DidYouMeanText(near)}", near));
        }
        if (column is null) return (matched, null);
        var models = matched.Models.Select(catalog.FindModel).OfType<SemanticModel>().ToArray();
        if (models.Length == 0)
            return (null, new LineageFailure(LineageFailureKind.NotFound, "unknown_column",
                $"'{matched.Name}' is an upstream table that feeds no model of the catalog, so no column of it is known; ask about the whole table.", []));
        var owners = models.Where(m => m.FindColumn(column) is not null).Select(m => m.Id).ToArray();
        if (owners.Length == 0)
        {
            var near = DidYouMean.Nearest(column, models.SelectMany(m => m.Columns.Select(c => c.Name)).Distinct(StringComparer.Ordinal), DefinitionLookup.MaxSuggestions);
            return (null, new LineageFailure(LineageFailureKind.NotFound, "unknown_column",
                $"No column '{Clip(column)}' in {string.Join(", ", models.Select(m => $"model '{m.Id}' (table {m.Table})"))}.{DidYouMeanText(near)}", near));
        }
        return (matched with { Models = owners, Column = column }, null);
    }

    private static string DidYouMeanText(IReadOnlyList<string> near) => near.Count > 0 ? $" Did you mean {string.Join(" or ", near)}?" : "";

    private static string Clip(string text) => text.Length > 100 ? text[..100] + "…" : text;
}
