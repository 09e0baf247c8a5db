using MetricAssistant.Compiler.Plans;

namespace MetricAssistant.Compiler;

public sealed record CompiledQuery(string Sql, IReadOnlyList<SqlParameter> Parameters, IReadOnlyList<OutputColumn> Columns, QueryPlan Plan);
