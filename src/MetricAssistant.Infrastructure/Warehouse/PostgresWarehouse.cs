using System.Diagnostics;
using Dapper;
using MetricAssistant.Application.Execution;
using MetricAssistant.Application.Governance.Freshness;
using MetricAssistant.Compiler;
using MetricAssistant.Infrastructure.Governance.Freshness;
using MetricAssistant.Compiler.Sql;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MetricAssistant.Infrastructure.Warehouse;

/// <summary>
/// PostgreSQL through Npgsql's pool; each query runs in a read-only transaction with a statement timeout and, with
/// <see cref="WarehouseOptions.EnforceRowRulesInDatabase"/>, as the reader role under the caller's scope.
/// </summary>
public sealed class PostgresWarehouse(IOptions<WarehouseOptions> options) : IWarehouse, IFreshnessProbe, IWarehousePing, IDisposable
{
    private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(
        options.Value.PostgresConnectionString ?? throw new InvalidOperationException("Warehouse:PostgresConnectionString is required when Warehouse:Engine is postgres."));

    public SqlDialect Dialect => PostgresDialect.Instance;

    public int RowLimit => options.Value.RowLimit;

    /// <summary>Without a scope: under database row rules the policies see no settings and show nothing (fail closed).</summary>
    public Task<QueryResult> ExecuteAsync(CompiledQuery query, CancellationToken cancellationToken) => ExecuteAsync(query, DatabaseScope.None, cancellationToken);

    public async Task<QueryResult> ExecuteAsync(CompiledQuery query, DatabaseScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(scope);
        var watch = Stopwatch.StartNew();
        try
        {
            return await RunAsync(query, scope, watch, cancellationToken);
        }
        catch (NpgsqlException e) when (Unreachable(e) && !cancellationToken.IsCancellationRequested)
        {
            // Down or restarting: the answer says so (503) and the pool reconnects by itself once the server is back.
            return new QueryResult([], QueryOutcome.Unavailable, watch.Elapsed);
        }
    }

    /// <summary>
    /// The server could not be reached or went away: a failure below SQL (connection refused or broken, a connection that could not be opened in time), or the
    /// server's own connection-exception (08…) and shutdown/starting-up (57P01–57P03) states. A mistake in the SQL
    /// is none of these and still fails loudly.
    /// </summary>
    private static bool Unreachable(NpgsqlException e) => e switch
    {
        PostgresException p => p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState is "57P01" or "57P02" or "57P03",
        _ => true,
    };

    private async Task<QueryResult> RunAsync(CompiledQuery query, DatabaseScope scope, Stopwatch watch, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync("SET TRANSACTION READ ONLY", transaction: transaction);
        if (options.Value.EnforceRowRulesInDatabase)
            await DatabaseRowRules.ApplyAsync(connection, transaction, options.Value.RowRulesRole, scope, cancellationToken);
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

    /// <summary>The server cannot cheaply say its data changed: the freshness cache's refresh interval bounds how old a value gets.</summary>
    public string Generation => "postgres";

    public async Task<DateTime?> NewestAsync(FreshnessSource source, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync("SET TRANSACTION READ ONLY", transaction: transaction);
        var (sql, parameters) = FreshnessSql.For(Dialect, source);
        var value = await connection.ExecuteScalarAsync<object?>(new CommandDefinition(sql, parameters, transaction, commandTimeout: options.Value.QueryTimeoutSeconds, cancellationToken: cancellationToken));
        return FreshnessSql.Read(value);
    }

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken));
    }

    public void Dispose() => dataSource.Dispose();
}
