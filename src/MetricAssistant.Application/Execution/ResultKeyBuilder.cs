using System.Collections;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MetricAssistant.Application.Audit;
using MetricAssistant.Application.Governance.Freshness;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Application.Execution;

/// <summary>
/// Builds the <see cref="ResultKey"/> of a compiled query. Watermarks are read through <see cref="FreshnessCache"/> (one
/// <c>SELECT MAX(…)</c> per source table at most once a minute, at once when the warehouse's generation changes), the
/// same values the answers' freshness reports. No key (so no caching) when a source's watermark is unknown: a result
/// whose freshness cannot be proved is not cached.
/// </summary>
public sealed class ResultKeyBuilder(FreshnessCache watermarks)
{
    private const string Format = "v1";

    public async Task<ResultKey?> BuildAsync(SemanticCatalog catalog, SemanticQuery query, CompiledQuery compiled, string dialect, CancellationToken cancellationToken)
    {
        var versions = MetricsUsed.Versions(catalog, query.Metrics);
        var sources = versions.Keys.Select(catalog.FindMetric).OfType<MetricDefinition>()
            .SelectMany(m => MetricSources.Of(catalog, m)).Distinct()
            .OrderBy(s => s.Table.ToString(), StringComparer.Ordinal).ThenBy(s => s.Column, StringComparer.Ordinal).ThenBy(s => s.LoadLog, StringComparer.Ordinal)
            .ToArray();
        if (sources.Length == 0) return null;

        var text = new StringBuilder(compiled.Sql.Length + 512);
        text.Append(Format).Append('\n').Append("dialect=").Append(dialect).Append('\n').Append("sql=").Append(compiled.Sql).Append('\n');
        foreach (var p in compiled.Parameters) text.Append("param ").Append(p.Name).Append('=').Append(Typed(p.Value)).Append('\n');
        foreach (var s in query.ScopeFilters)
            text.Append("scope ").Append(s.Dimension).Append(' ').Append(s.Operator).Append(' ').Append(string.Join('\u001f', s.Values)).Append('\n');
        foreach (var (id, version) in versions) text.Append("metric ").Append(id).Append('@').Append(version.ToString(CultureInfo.InvariantCulture)).Append('\n');
        text.Append("generation=").Append(watermarks.Generation).Append('\n');
        foreach (var source in sources)
        {
            if (await watermarks.NewestAsync(source, cancellationToken).ConfigureAwait(false) is not { } until) return null;
            text.Append("data ").Append(source.Table).Append('.').Append(source.Column ?? "").Append('|').Append(source.LoadLog ?? "")
                .Append('=').Append(until.ToString("O", CultureInfo.InvariantCulture)).Append('\n');
        }
        var canonical = text.ToString();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        return new ResultKey(canonical, hash, [.. versions.Keys]);
    }

    /// <summary>A value with its type, so 1 (integer) and 1 (decimal) or "2025-01-01" and a date never share a key.</summary>
    private static string Typed(object? value) => value switch
    {
        null => "null",
        string s => "s:" + s.Length.ToString(CultureInfo.InvariantCulture) + ":" + s,
        IFormattable f => value.GetType().Name + ":" + f.ToString(value is DateTime or DateTimeOffset ? "O" : null, CultureInfo.InvariantCulture),
        IEnumerable items => "[" + string.Join(",", items.Cast<object?>().Select(Typed)) + "]",
        _ => value.GetType().Name + ":" + value,
    };
}
