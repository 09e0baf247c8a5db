using MetricAssistant.Compiler;

namespace MetricAssistant.Application.Execution;

/// <summary>
/// How an answer was computed, for the audit trail (never part of the answer's JSON): the compiled query's bound
/// values and columns, the engine, and the version of every metric the SQL was compiled from.
/// </summary>
public sealed record AnswerExecution(
    IReadOnlyList<SqlParameter> Parameters,
    IReadOnlyList<OutputColumn> Columns,
    string Dialect,
    IReadOnlyDictionary<string, int> MetricVersions);
