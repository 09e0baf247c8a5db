using System.Data.Common;
using DuckDB.NET.Data;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler.Sql;

namespace MetricAssistant.Infrastructure.Dbt;

/// <summary>An in-memory DuckDB database, gone when disposed.</summary>
public sealed class DuckDbMfEngine : MfEngine
{
    private readonly DuckDBConnection connection;

    public DuckDbMfEngine()
    {
        connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
    }

    public override SqlDialect Dialect => DuckDbDialect.Instance;
    public override string Schema => "main";
    protected override DbConnection Connection => connection;

    protected override string TypeName(ColumnType type) => type switch
    {
        ColumnType.Timestamp => "TIMESTAMP",
        ColumnType.Date => "DATE",
        ColumnType.Integer => "BIGINT",
        ColumnType.Double => "DOUBLE",
        ColumnType.Decimal => "DECIMAL(38,10)",
        ColumnType.Boolean => "BOOLEAN",
        _ => "VARCHAR",
    };

    public override ValueTask DisposeAsync() => connection.DisposeAsync();
}
