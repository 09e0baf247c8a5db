using System.Diagnostics;
using Dapper;
using MetricAssistant.Application.Execution;
using MetricAssistant.Compiler;
using MetricAssistant.Compiler.Sql;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MetricAssistant.Infrastructure.Warehouse;

/// <summary>PostgreSQL through Npgsql's pool; each query runs in a read-only transaction with a statement timeout.</summary>
public sealed class PostgresWarehouse(IOptions<WarehouseOptions> options) : IWarehouse, IDisposable
{
    private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(
        options.Value.PostgresConnectionString ?? throw new InvalidOperationException("Warehouse:PostgresConnectionString is required when Warehouse:Engine is postgres."));

    public SqlDialect Dialect => PostgresDialect.Instance;

    public int RowLimit => options.Value.RowLimit;

    public async Task<QueryResult> ExecuteAsync(CompiledQuery query, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync("SET TRANSACTION READ ONLY", transaction: transaction);
        var parameters = new DynamicParameters();
        foreach (var p in query.Parameters) parameters.Add(p.Name, p.Value);
        try
        {
            await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
                query.Sql, parameters, transaction, commandTimeout: options.Value.QueryTimeoutSeconds, cancellationToken: cancellationToken));
            var rows = await RowReader.ReadAsync(reader, query.Columns, options.Value.RowLimit, cancellationToken);
            return new QueryResult(rows ?? [], rows is null ? QueryOutcome.RowLimitExceeded : QueryOutcome.Completed, watch.Elapsed);
        }
        catch (NpgsqlException e) when (e.InnerException is TimeoutException || e is PostgresException { SqlState: "57014" } && !cancellationToken.IsCancellationRequested)
        {
            return new QueryResult([], QueryOutcome.TimedOut, watch.Elapsed);
        }
    }

    public void Dispose() => dataSource.Dispose();
}
