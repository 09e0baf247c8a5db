using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Execution;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Windows;

namespace MetricAssistant.Application.Governance.Versions;

/// <summary>
/// The SQL of one reference query (the metric over its default window, no split, no filter, no row rules) compiled
/// under two definitions, so a reviewer sees what the numbers will do: for a diff between versions and for a proposal.
/// </summary>
public sealed class ReferenceSql(IWarehouse warehouse)
{
    /// <param name="reference">The moment the default window is resolved from.</param>
    /// <param name="fromProblem">Why <paramref name="from"/> is missing, when it is.</param>
    /// <param name="toProblem">Why <paramref name="to"/> is missing, when it is.</param>
    public (DiffSqlDto Sql, ReferenceQueryDto Reference) Between(string metricId, SemanticCatalog? from, SemanticCatalog? to, DateTime reference,
        string? fromProblem = null, string? toProblem = null)
    {
        var window = (to ?? from)?.FindMetric(metricId)?.DefaultWindow ?? "last_month";
        var today = DateOnly.FromDateTime(reference);
        var range = DefaultWindows.Resolve(window, today) ?? DefaultWindows.Resolve("last_month", today)!;
        var query = new SemanticQuery([metricId], [], [], range);
        var (fromSql, fromError) = Compile(from, query, fromProblem);
        var (toSql, toError) = Compile(to, query, toProblem);
        var dto = QueryTranslator.ToDto(query);
        return (new DiffSqlDto(fromSql, toSql, fromError, toError),
            new ReferenceQueryDto(dto, window, warehouse.Dialect.Name, VersionMessages.Reference(metricId, window, dto.TimeRange!)));
    }

    private (string? Sql, string? Error) Compile(SemanticCatalog? catalog, SemanticQuery query, string? problem)
    {
        if (catalog is null) return (null, problem);
        var compiled = new MetricCompiler(catalog).Compile(query, warehouse.Dialect);
        return compiled.Succeeded ? (compiled.Query.Sql, null) : (null, compiled.Error.Message);
    }
}
