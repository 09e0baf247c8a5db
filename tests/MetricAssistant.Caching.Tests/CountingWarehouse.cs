using MetricAssistant.Application.Execution;
using MetricAssistant.Compiler;
using MetricAssistant.Compiler.Sql;

namespace MetricAssistant.Caching.Tests;

/// <summary>
/// A warehouse that counts executions and answers one row per query, typed by column (a date, a code, a decimal with
/// trailing zero, a null for the rest of the columns' kinds), after <see cref="Delay"/> so concurrent callers overlap.
/// </summary>
internal sealed class CountingWarehouse : IWarehouse
{
    private int executions;

    public int Executions => Volatile.Read(ref executions);

    public TimeSpan Delay { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>What the next executions return instead of completing (a timeout), or the values to answer with.</summary>
    public QueryOutcome Outcome { get; set; } = QueryOutcome.Completed;

    public Func<CompiledQuery, IReadOnlyList<object?>>? Row { get; set; }

    public SqlDialect Dialect => DuckDbDialect.Instance;

    public int RowLimit => 1000;

    /// <summary>The scope of the last execution that carried one (the database-enforced row rules' input).</summary>
    public DatabaseScope? LastScope { get; private set; }

    public Task<QueryResult> ExecuteAsync(CompiledQuery query, DatabaseScope scope, CancellationToken cancellationToken)
    {
        LastScope = scope;
        return ExecuteAsync(query, cancellationToken);
    }

    public async Task<QueryResult> ExecuteAsync(CompiledQuery query, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref executions);
        await Task.Delay(Delay, cancellationToken);
        if (Outcome != QueryOutcome.Completed) return new QueryResult([], Outcome, Delay);
        var row = Row?.Invoke(query) ?? query.Columns.Select(c => c.Type switch
        {
            "date" => (object?)new DateOnly(2025, 6, 1),
            "string" => "east",
            _ => 1234.50m,
        }).ToArray();
        return new QueryResult([row, row.Select(_ => (object?)null).ToArray()], QueryOutcome.Completed, Delay);
    }
}
