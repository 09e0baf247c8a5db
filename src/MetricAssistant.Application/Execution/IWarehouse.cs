using MetricAssistant.Compiler;
using MetricAssistant.Compiler.Sql;

namespace MetricAssistant.Application.Execution;

/// <summary>Runs compiled SQL on one engine, read-only, within the configured time and row limits.</summary>
public interface IWarehouse
{
    SqlDialect Dialect { get; }

    int RowLimit { get; }

    Task<QueryResult> ExecuteAsync(CompiledQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="query"/> for a caller limited to <paramref name="scope"/>. An engine that enforces row
    /// rules itself (PostgreSQL with row-level security) checks every row against it; the others rely on the
    /// scope already compiled into the SQL.
    /// </summary>
    Task<QueryResult> ExecuteAsync(CompiledQuery query, DatabaseScope scope, CancellationToken cancellationToken) => ExecuteAsync(query, cancellationToken);
}
