using MetricAssistant.Application.Contracts;
using System.Text.Json;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Execution;
using MetricAssistant.Application.Governance.Freshness;
using MetricAssistant.Compiler;
using MetricAssistant.Compiler.Plans;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Application.Audit;

/// <summary>
/// Reruns an audited answer's SQL with its recorded parameters on the warehouse and compares the rows with the recorded
/// hash; when they differ, says why from the recorded metric versions and data watermark against today's.
/// </summary>
public sealed class AuditReplayService(IAuditLog log, IWarehouse warehouse, ICatalogProvider catalogs, TimeProvider time, FreshnessService? freshness = null)
{
    /// <summary>The replay, or null when there is no entry with that id (or the audit keeps no chain to find it in).</summary>
    public async Task<AuditReplayResult?> ReplayAsync(long id, CancellationToken cancellationToken)
    {
        if (log is not IAuditChain chain || await chain.FindAsync(id, cancellationToken) is not { } entry) return null;
        if (entry.Replay is not { } data || entry.Sql is null)
            return NotReplayable(entry, entry.Status == "answered"
                ? "The entry was recorded before answers kept their parameters: it cannot be rerun."
                : $"The entry is a '{entry.Status}' answer: there is no SQL to rerun.");
        if (!string.Equals(data.Dialect, warehouse.Dialect.Name, StringComparison.OrdinalIgnoreCase))
            return NotReplayable(entry, $"The SQL was written for {data.Dialect}; the warehouse here is {warehouse.Dialect.Name}.");
        var (parameters, problem) = AuditParameters.Read(data.ParametersJson);
        var columns = ReadColumns(data.ColumnsJson);
        if (parameters is null || columns is null) return NotReplayable(entry, $"The recorded query cannot be read: {problem ?? "its columns are malformed"}.");

        // The scope recorded with the answer, so a warehouse enforcing row rules shows the rerun exactly the asker's rows.
        var scope = DatabaseScope.For(catalogs.Current.Access, ReadScope(entry.ScopeJson));
        var result = await warehouse.ExecuteAsync(new CompiledQuery(entry.Sql, parameters, columns, ReplayPlan(columns)), scope, cancellationToken);
        if (result.Outcome != QueryOutcome.Completed)
            return NotReplayable(entry, result.Outcome == QueryOutcome.TimedOut ? "The rerun took longer than allowed." : result.Outcome == QueryOutcome.Unavailable ? "The warehouse cannot be reached right now." : $"The rerun has more than {warehouse.RowLimit} rows.");

        var hash = AuditRows.Hash(result.Rows);
        var catalog = catalogs.Current;
        var recordedVersions = ReadVersions(data.MetricVersionsJson);
        var definitions = recordedVersions
            .Select(v => new AuditDefinitionChange(v.Key, v.Value, catalog.FindMetric(v.Key)?.Version))
            .Where(c => c.CurrentVersion != c.RecordedVersion).ToArray();
        var recordedMarks = AuditWatermark.Read(data.WatermarkJson);
        var currentMarks = await CurrentWatermarkAsync(recordedVersions.Keys.ToArray(), cancellationToken);
        var marks = recordedMarks.Keys.Union(currentMarks?.Keys ?? [], StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(t => new AuditWatermarkChange(t, recordedMarks.GetValueOrDefault(t), currentMarks?.GetValueOrDefault(t)))
            .Where(c => currentMarks is not null && c.Recorded != c.Current).ToArray();

        var identical = hash == data.RowsHash;
        var verdict = identical ? AuditReplayVerdict.Identical
            : (definitions.Length > 0, marks.Length > 0) switch
            {
                (true, true) => AuditReplayVerdict.DataAndDefinitionChanged,
                (true, false) => AuditReplayVerdict.DefinitionChanged,
                (false, true) => AuditReplayVerdict.DataChanged,
                _ => AuditReplayVerdict.RowsDiffer,
            };
        var message = Describe(verdict, definitions, marks, currentMarks is null || data.WatermarkJson is null);
        return new AuditReplayResult(entry.Seal!.Id, verdict, identical, message, entry.RowCount, result.Rows.Count, data.RowsHash, hash, definitions, marks, result.Rows);
    }

    private static IReadOnlyList<QueryFilter> ReadScope(string? json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        var scope = JsonSerializer.Deserialize<ScopeDto[]>(json, ContractJson.Options) ?? [];
        return scope.Select(s => new QueryFilter(s.Dimension, s.Op == "not_in" ? QueryFilterOperator.NotIn : QueryFilterOperator.In, s.Values)).ToArray();
    }

    private async Task<IReadOnlyDictionary<string, string?>?> CurrentWatermarkAsync(IReadOnlyList<string> metrics, CancellationToken cancellationToken)
    {
        if (freshness is null || metrics.Count == 0) return null;
        var (now, _) = await freshness.ForAsync(catalogs.Current, metrics, time.GetUtcNow().DateTime, cancellationToken);
        return now is null ? null : AuditWatermark.Of(now);
    }

    private static string Describe(AuditReplayVerdict verdict, AuditDefinitionChange[] definitions, AuditWatermarkChange[] marks, bool watermarkUnknown)
    {
        var defined = string.Join(", ", definitions.Select(d => d.CurrentVersion is { } v ? $"{d.Metric} v{d.RecordedVersion} → v{v}" : $"{d.Metric} v{d.RecordedVersion} → no longer in the catalog"));
        var moved = string.Join(", ", marks.Select(m => $"{m.Table} {m.Recorded ?? "?"} → {m.Current ?? "?"}"));
        return verdict switch
        {
            AuditReplayVerdict.Identical => "The rows are identical to the recorded ones." +
                (definitions.Length > 0 ? $" (Definitions changed since, without changing these rows: {defined}.)" : "") +
                (marks.Length > 0 ? $" (The data watermark moved since: {moved}.)" : ""),
            AuditReplayVerdict.DataChanged => $"The rows differ: data changed since (watermark moved: {moved}).",
            AuditReplayVerdict.DefinitionChanged => $"The rows differ: a definition changed since ({defined}). The SQL rerun is the recorded one; the same question today is computed with the current definition.",
            AuditReplayVerdict.DataAndDefinitionChanged => $"The rows differ: data changed since (watermark moved: {moved}) and a definition changed ({defined}).",
            _ => watermarkUnknown
                ? "The rows differ, with the same definitions; the data watermark was not recorded or cannot be read now, so a data change cannot be told apart."
                : "The rows differ with the same definitions and the same data watermark: data was changed in place, after its time.",
        };
    }

    private static AuditReplayResult NotReplayable(AuditEntry entry, string why) =>
        new(entry.Seal?.Id ?? 0, AuditReplayVerdict.NotReplayable, false, why, entry.RowCount, null, entry.Replay?.RowsHash, null, [], [], []);

    private static IReadOnlyList<OutputColumn>? ReadColumns(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<OutputColumn[]>(json, AuditJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IReadOnlyDictionary<string, int> ReadVersions(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<SortedDictionary<string, int>>(json, AuditJson.Options) ?? [];
        }
        catch (JsonException)
        {
            return new Dictionary<string, int>();
        }
    }

    /// <summary>Warehouses read only the SQL, parameters and columns; the plan it was compiled from is not kept.</summary>
    private static QueryPlan ReplayPlan(IReadOnlyList<OutputColumn> columns) =>
        new([], [], [], [], new DateRange(DateOnly.MinValue, DateOnly.MinValue), null, null, null, columns, [], null);
}
