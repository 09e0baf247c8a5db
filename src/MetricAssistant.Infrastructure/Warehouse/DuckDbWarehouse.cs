using System.Diagnostics;
using Dapper;
using DuckDB.NET.Data;
using MetricAssistant.Application.Execution;
using MetricAssistant.Application.Governance.Freshness;
using MetricAssistant.Compiler;
using MetricAssistant.Infrastructure.Governance.Freshness;
using MetricAssistant.Compiler.Sql;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Infrastructure.Warehouse;

/// <summary>
/// The embedded warehouse: one read-only DuckDB database kept open, a connection per query (DuckDB.NET
/// shares the open database between connections to the same file) so that queries run side by side,
/// each interrupted when the time limit passes or the caller cancels.
/// </summary>
public sealed class DuckDbWarehouse(IOptions<WarehouseOptions> options, WarehousePaths paths) : IWarehouse, IFreshnessProbe, IWarehousePing, IDisposable
{
    private readonly Lock gate = new();
    private DuckDBConnection? root;

    public SqlDialect Dialect => DuckDbDialect.Instance;

    public int RowLimit => options.Value.RowLimit;

    public async Task<QueryResult> ExecuteAsync(CompiledQuery query, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.QueryTimeoutSeconds));
        Root();
        using var connection = new DuckDBConnection(ConnectionString);
        connection.Open();
        // DuckDB runs a statement synchronously; interrupting the connection is how it stops early.
        await using var registration = timeout.Token.Register(() =>
        {
            using var interrupter = connection.CreateCommand();
            interrupter.Cancel();
        });
        try
        {
            var parameters = new DynamicParameters();
            foreach (var p in query.Parameters) parameters.Add(p.Name, p.Value);
            await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(query.Sql, parameters, cancellationToken: timeout.Token));
            var rows = await RowReader.ReadAsync(reader, query.Columns, options.Value.RowLimit, timeout.Token);
            return new QueryResult(rows ?? [], rows is null ? QueryOutcome.RowLimitExceeded : QueryOutcome.Completed, watch.Elapsed);
        }
        catch (Exception e) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested && e is DuckDBException or OperationCanceledException)
        {
            return new QueryResult([], QueryOutcome.TimedOut, watch.Elapsed);
        }
        catch (DuckDBException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
    }

    /// <summary>The file's last write time and length: a regenerated or reloaded warehouse is a new generation.</summary>
    public string Generation
    {
        get
        {
            var file = new FileInfo(paths.DuckDb);
            return file.Exists ? $"{file.LastWriteTimeUtc.Ticks}:{file.Length}" : "missing";
        }
    }

    public async Task<DateTime?> NewestAsync(FreshnessSource source, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.QueryTimeoutSeconds));
        Root();
        using var connection = new DuckDBConnection(ConnectionString);
        connection.Open();
        var (sql, parameters) = FreshnessSql.For(Dialect, source);
        return FreshnessSql.Read(await connection.ExecuteScalarAsync<object?>(new CommandDefinition(sql, parameters, cancellationToken: timeout.Token)));
    }

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        Root();
        using var connection = new DuckDBConnection(ConnectionString);
        connection.Open();
        await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken));
    }

    private string ConnectionString => $"Data Source={paths.DuckDb};ACCESS_MODE=READ_ONLY";

    private DuckDBConnection Root()
    {
        lock (gate)
        {
            if (root is not null) return root;
            var path = paths.DuckDb;
            if (!File.Exists(path)) throw new FileNotFoundException($"The DuckDB warehouse '{path}' does not exist; run 'demo generate' or start the service to create it.", path);
            var connection = new DuckDBConnection(ConnectionString);
            connection.Open();
            root = connection;
            return root;
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            root?.Dispose();
            root = null;
        }
    }
}
