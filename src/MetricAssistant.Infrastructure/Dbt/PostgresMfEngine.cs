using System.Data.Common;
using Dapper;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler.Sql;
using Npgsql;

namespace MetricAssistant.Infrastructure.Dbt;

/// <summary>A schema of its own on a PostgreSQL server (search_path set to it), dropped when disposed.</summary>
public sealed class PostgresMfEngine : MfEngine
{
    private readonly NpgsqlConnection connection;
    private readonly string schema;

    private PostgresMfEngine(NpgsqlConnection connection, string schema)
    {
        this.connection = connection;
        this.schema = schema;
    }

    public static async Task<PostgresMfEngine> CreateAsync(string connectionString, CancellationToken cancellationToken)
    {
        var schema = $"mf_conformance_{Guid.NewGuid():N}"[..32];
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition($"CREATE SCHEMA {schema}", cancellationToken: cancellationToken));
        return new PostgresMfEngine(connection, schema);
    }

    public override SqlDialect Dialect => PostgresDialect.Instance;
    public override string Schema => schema;
    protected override DbConnection Connection => connection;

    protected override string TypeName(ColumnType type) => type switch
    {
        ColumnType.Timestamp => "TIMESTAMP",
        ColumnType.Date => "DATE",
        ColumnType.Integer => "BIGINT",
        ColumnType.Double => "DOUBLE PRECISION",
        ColumnType.Decimal => "NUMERIC",
        ColumnType.Boolean => "BOOLEAN",
        _ => "TEXT",
    };

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await connection.ExecuteAsync($"DROP SCHEMA IF EXISTS {schema} CASCADE");
        }
        catch (NpgsqlException)
        {
            // The schema is uniquely named; a failed drop leaves an empty-named leftover, never someone else's data.
        }
        await connection.DisposeAsync();
    }
}
