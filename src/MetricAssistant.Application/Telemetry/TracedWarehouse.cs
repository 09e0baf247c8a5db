using System.Diagnostics;
using MetricAssistant.Application.Execution;
using MetricAssistant.Compiler;
using MetricAssistant.Compiler.Sql;

namespace MetricAssistant.Application.Telemetry;

/// <summary>
/// The warehouse call as a span and a time measurement. The span carries the engine, the outcome and the row
/// count; never the SQL's bound values or the rows.
/// </summary>
public sealed class TracedWarehouse(IWarehouse inner, AnswerTelemetry telemetry) : IWarehouse
{
    public IWarehouse Inner => inner;

    public SqlDialect Dialect => inner.Dialect;

    public int RowLimit => inner.RowLimit;

    public Task<QueryResult> ExecuteAsync(CompiledQuery query, CancellationToken cancellationToken) =>
        TraceAsync(token => inner.ExecuteAsync(query, token), cancellationToken);

    /// <summary>The scoped call is forwarded as such: row rules enforced in the database must reach it.</summary>
    public Task<QueryResult> ExecuteAsync(CompiledQuery query, DatabaseScope scope, CancellationToken cancellationToken) =>
        TraceAsync(token => inner.ExecuteAsync(query, scope, token), cancellationToken);

    private async Task<QueryResult> TraceAsync(Func<CancellationToken, Task<QueryResult>> run, CancellationToken cancellationToken)
    {
        var engine = inner.Dialect.Name;
        using var activity = telemetry.StartWarehouse(engine);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await run(cancellationToken);
            var outcome = Outcome(result.Outcome);
            telemetry.WarehouseTime(result.Elapsed, engine, outcome);
            activity?.SetTag(TelemetryNames.Outcome, outcome);
            activity?.SetTag(TelemetryNames.RowCount, result.Rows.Count);
            if (result.Outcome != QueryOutcome.Completed) activity?.SetStatus(ActivityStatusCode.Error, outcome);
            return result;
        }
        catch (Exception e)
        {
            var outcome = e is OperationCanceledException ? "cancelled" : "failed";
            telemetry.WarehouseTime(Stopwatch.GetElapsedTime(started), engine, outcome);
            // The exception's type only: a driver message may quote the statement or its values.
            activity?.SetTag(TelemetryNames.Outcome, outcome);
            activity?.SetTag("error.type", e.GetType().FullName);
            activity?.SetStatus(ActivityStatusCode.Error, outcome);
            throw;
        }
    }

    private static string Outcome(QueryOutcome outcome) => outcome switch
    {
        QueryOutcome.Completed => "completed",
        QueryOutcome.RowLimitExceeded => "row_limit_exceeded",
        QueryOutcome.TimedOut => "timed_out",
        QueryOutcome.Unavailable => "unavailable",
        _ => outcome.ToString().ToLowerInvariant(),
    };
}
