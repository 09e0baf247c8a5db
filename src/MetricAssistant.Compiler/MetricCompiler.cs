using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler.Plans;
using MetricAssistant.QueryModel;
using MetricAssistant.Compiler.Sql;

namespace MetricAssistant.Compiler;

/// <summary>
/// Semantic query → plan → SQL. Pure and deterministic: the same catalog and query give the same SQL
/// and parameters, with no I/O and no clock.
/// </summary>
public sealed class MetricCompiler(SemanticCatalog catalog)
{
    private readonly PlanBuilder plans = new(catalog);

    public SemanticCatalog Catalog => catalog;

    public CompileResult Compile(SemanticQuery query, SqlDialect dialect)
    {
        var (plan, error) = plans.Plan(query);
        if (plan is null) return CompileResult.Fail(error!);
        var (sql, parameters) = new SqlRenderer(catalog, dialect).Render(plan);
        return CompileResult.Ok(new CompiledQuery(sql, parameters, plan.Columns, plan));
    }
}
