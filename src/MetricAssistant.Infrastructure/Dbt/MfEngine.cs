using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;
using MetricAssistant.Catalog.Dbt.MetricFlow;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler;
using MetricAssistant.Compiler.Sql;

namespace MetricAssistant.Infrastructure.Dbt;

/// <summary>
/// A database the conformance run loads MetricFlow's source tables into and runs both queries on. The engines differ
/// only in connection, schema and type names; the rest is here.
/// </summary>
public abstract class MfEngine : IAsyncDisposable
{
    public abstract SqlDialect Dialect { get; }

    /// <summary>The schema the tables live in, which the check queries name as <c>{{ source_schema }}</c>.</summary>
    public abstract string Schema { get; }

    protected abstract DbConnection Connection { get; }

    protected abstract string TypeName(ColumnType type);

    public async Task LoadAsync(IEnumerable<TableSnapshot> tables, CancellationToken cancellationToken)
    {
        foreach (var table in tables)
        {
            var columns = string.Join(", ", table.Columns.Select(c => $"{Dialect.Quote(c.Name)} {TypeName(c.Type)}"));
            await Connection.ExecuteAsync(new CommandDefinition($"CREATE TABLE {Schema}.{Dialect.Quote(table.Name)} ({columns})", cancellationToken: cancellationToken));
            foreach (var chunk in table.Rows.Chunk(500))
            {
                var sql = new StringBuilder($"INSERT INTO {Schema}.{Dialect.Quote(table.Name)} VALUES ");
                sql.AppendJoin(", ", chunk.Select(row => "(" + string.Join(", ", table.Columns.Select((c, i) => Literal(i < row.Count ? row[i] : null, c.Type))) + ")"));
                await Connection.ExecuteAsync(new CommandDefinition(sql.ToString(), cancellationToken: cancellationToken));
            }
        }
    }

    public Task<MfTable> RunAsync(CompiledQuery query, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters();
        foreach (var p in query.Parameters) parameters.Add(p.Name, p.Value);
        return ReadAsync(query.Sql, parameters, cancellationToken);
    }

    public Task<MfTable> RunAsync(string sql, CancellationToken cancellationToken) => ReadAsync(sql, null, cancellationToken);

    private async Task<MfTable> ReadAsync(string sql, DynamicParameters? parameters, CancellationToken cancellationToken)
    {
        await using var reader = await Connection.ExecuteReaderAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = await reader.IsDBNullAsync(i, cancellationToken) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return new MfTable(columns, rows);
    }

    private string Literal(string? value, ColumnType type)
    {
        if (value is null) return "NULL";
        return type switch
        {
            ColumnType.Boolean => bool.Parse(value) ? "TRUE" : "FALSE",
            ColumnType.Integer => long.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
            ColumnType.Double or ColumnType.Decimal => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture),
            ColumnType.Timestamp or ColumnType.Date => $"CAST({Dialect.StringLiteral(value)} AS {TypeName(type)})",
            _ => Dialect.StringLiteral(value),
        };
    }

    public abstract ValueTask DisposeAsync();
}
