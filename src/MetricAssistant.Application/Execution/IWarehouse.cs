using MetricAssistant.Compiler;
using MetricAssistant.Compiler.Sql;

namespace MetricAssistant.Application.Execution;

/// <summary>Runs compiled SQL on one engine, read-only, within the configured time and row limits.</summary>
public interface IWarehouse
{
    SqlDialect Dialect { get; }

    int RowLimit { get; }

    Task<QueryResult> ExecuteAsync(CompiledQuery query, CancellationToken cancellationToken);
}
