using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Npgsql;
using NpgsqlTypes;

namespace MetricAssistant.Demo.Copy;

/// <summary>
/// Copies every table of a DuckDB file (the demo warehouse) into PostgreSQL: drops and recreates each table with
/// equivalent types, NOT NULL constraints and primary key (DuckDB's, or for the demo tables that have none
/// there, their natural key), streams the rows with binary COPY, then ANALYZEs.
/// Everything before ANALYZE runs in one transaction, so readers see either the old tables or the new ones.
/// Existing tables of the same name are dropped with CASCADE (views on them go too).
/// </summary>
public sealed class WarehouseCopier
{
    private const int RowsPerCancellationCheck = 8192;

    public async Task CopyDuckDbToPostgresAsync(string duckDbPath, string npgsqlConnectionString, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(duckDbPath);
        ArgumentException.ThrowIfNullOrWhiteSpace(npgsqlConnectionString);
        if (!File.Exists(duckDbPath)) throw new FileNotFoundException("DuckDB file not found.", duckDbPath);

        await using var duck = new DuckDBConnection($"Data Source={duckDbPath};ACCESS_MODE=READ_ONLY");
        await duck.OpenAsync(ct).ConfigureAwait(false);
        var tables = ReadSchema(duck);

        await using var pg = new NpgsqlConnection(npgsqlConnectionString);
        await pg.OpenAsync(ct).ConfigureAwait(false);
        await using (var transaction = await pg.BeginTransactionAsync(ct).ConfigureAwait(false))
        {
            foreach (var table in tables)
            {
                await ExecuteAsync(pg, $"DROP TABLE IF EXISTS {Quote(table.Name)} CASCADE", ct).ConfigureAwait(false);
                await ExecuteAsync(pg, CreateTableSql(table), ct).ConfigureAwait(false);
                await CopyRowsAsync(duck, pg, table, ct).ConfigureAwait(false);
                if (table.PrimaryKey.Count > 0)
                {
                    await ExecuteAsync(pg,
                        $"ALTER TABLE {Quote(table.Name)} ADD PRIMARY KEY ({string.Join(", ", table.PrimaryKey.Select(Quote))})", ct).ConfigureAwait(false);
                }
            }
            await transaction.CommitAsync(ct).ConfigureAwait(false);
        }
        foreach (var table in tables)
            await ExecuteAsync(pg, $"ANALYZE {Quote(table.Name)}", ct).ConfigureAwait(false);
    }

    internal sealed record SourceColumn(string Name, string DuckDbType, bool Nullable, int? Precision, int? Scale)
    {
        public ColumnKind Kind { get; } = KindOf(DuckDbType);

        public string PostgresType => Kind switch
        {
            ColumnKind.Boolean => "boolean",
            ColumnKind.SmallInt => "smallint",
            ColumnKind.Integer => "integer",
            ColumnKind.BigInt => "bigint",
            ColumnKind.Real => "real",
            ColumnKind.Double => "double precision",
            ColumnKind.Decimal => $"numeric({Precision ?? 18},{Scale ?? 3})",
            ColumnKind.Text => "text",
            ColumnKind.Date => "date",
            ColumnKind.Timestamp => "timestamp",
            ColumnKind.TimestampTz => "timestamptz",
            _ => throw new NotSupportedException($"Column {Name}: DuckDB type {DuckDbType} has no PostgreSQL mapping."),
        };
    }

    internal enum ColumnKind { Unsupported, Boolean, SmallInt, Integer, BigInt, Real, Double, Decimal, Text, Date, Timestamp, TimestampTz }

    internal sealed record SourceTable(string Name, IReadOnlyList<SourceColumn> Columns, IReadOnlyList<string> PrimaryKey);

    internal static ColumnKind KindOf(string duckDbType)
    {
        var type = duckDbType.ToUpperInvariant();
        if (type.StartsWith("DECIMAL", StringComparison.Ordinal) || type.StartsWith("NUMERIC", StringComparison.Ordinal)) return ColumnKind.Decimal;
        return type switch
        {
            "BOOLEAN" => ColumnKind.Boolean,
            "TINYINT" or "SMALLINT" => ColumnKind.SmallInt,
            "INTEGER" => ColumnKind.Integer,
            "BIGINT" => ColumnKind.BigInt,
            "FLOAT" => ColumnKind.Real,
            "DOUBLE" => ColumnKind.Double,
            "VARCHAR" => ColumnKind.Text,
            "DATE" => ColumnKind.Date,
            "TIMESTAMP" => ColumnKind.Timestamp,
            "TIMESTAMP WITH TIME ZONE" => ColumnKind.TimestampTz,
            _ => ColumnKind.Unsupported,
        };
    }

    internal static IReadOnlyList<SourceTable> ReadSchema(DuckDBConnection duck)
    {
        var columns = new Dictionary<string, List<SourceColumn>>(StringComparer.Ordinal);
        var order = new List<string>();
        using (var command = duck.CreateCommand())
        {
            command.CommandText = """
                SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, c.numeric_precision, c.numeric_scale
                FROM information_schema.columns c
                JOIN information_schema.tables t
                  ON t.table_catalog = c.table_catalog AND t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = 'main' AND t.table_type = 'BASE TABLE'
                ORDER BY c.table_name, c.ordinal_position
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var table = reader.GetString(0);
                if (!columns.TryGetValue(table, out var list))
                {
                    columns[table] = list = new List<SourceColumn>();
                    order.Add(table);
                }
                list.Add(new SourceColumn(
                    reader.GetString(1),
                    reader.GetString(2),
                    string.Equals(reader.GetString(3), "YES", StringComparison.OrdinalIgnoreCase),
                    reader.IsDBNull(4) ? null : Convert.ToInt32(reader.GetValue(4), CultureInfo.InvariantCulture),
                    reader.IsDBNull(5) ? null : Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture)));
            }
        }

        var keys = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        using (var command = duck.CreateCommand())
        {
            command.CommandText = """
                SELECT table_name, constraint_column_names
                FROM duckdb_constraints()
                WHERE schema_name = 'main' AND constraint_type = 'PRIMARY KEY'
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var names = ((System.Collections.IEnumerable)reader.GetValue(1)).Cast<object>().Select(o => Convert.ToString(o, CultureInfo.InvariantCulture)!).ToList();
                keys[reader.GetString(0)] = names;
            }
        }

        return order.Select(t => new SourceTable(t, columns[t], keys.TryGetValue(t, out var pk) ? pk : DemoNaturalKey(t, columns[t]))).ToList();
    }

    /// <summary>
    /// The demo warehouse leaves its composite natural keys (order_items, store_traffic, store_staff_monthly)
    /// unindexed in DuckDB; PostgreSQL gets them as primary keys, which its joins and planner do use.
    /// </summary>
    private static IReadOnlyList<string> DemoNaturalKey(string table, IReadOnlyList<SourceColumn> columns)
    {
        var demo = DemoSchema.Tables.FirstOrDefault(t => t.Name == table);
        if (demo is null || demo.UniqueKey.Count == 0) return [];
        var names = columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        return demo.UniqueKey.All(names.Contains) && demo.UniqueKey.All(k => columns.First(c => c.Name == k) is { Nullable: false })
            ? demo.UniqueKey
            : [];
    }

    internal static string CreateTableSql(SourceTable table)
    {
        var sql = new StringBuilder("CREATE TABLE ").Append(Quote(table.Name)).Append(" (");
        sql.AppendJoin(", ", table.Columns.Select(c => $"{Quote(c.Name)} {c.PostgresType}{(c.Nullable ? "" : " NOT NULL")}"));
        return sql.Append(')').ToString();
    }

    private static async Task CopyRowsAsync(DuckDBConnection duck, NpgsqlConnection pg, SourceTable table, CancellationToken ct)
    {
        var columnList = string.Join(", ", table.Columns.Select(c => Quote(c.Name)));
        await using var writer = await pg.BeginBinaryImportAsync(
            $"COPY {Quote(table.Name)} ({columnList}) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false);

        using var command = duck.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", table.Columns.Select(c => DuckQuote(c.Name)))} FROM {DuckQuote(table.Name)}";
        using var reader = command.ExecuteReader();
        var kinds = table.Columns.Select(c => c.Kind).ToArray();
        foreach (var column in table.Columns) _ = column.PostgresType;   // fail early on an unsupported type
        long rows = 0;
        while (reader.Read())
        {
            if (++rows % RowsPerCancellationCheck == 0) ct.ThrowIfCancellationRequested();
            await writer.StartRowAsync(ct).ConfigureAwait(false);
            for (var i = 0; i < kinds.Length; i++)
            {
                if (reader.IsDBNull(i))
                {
                    writer.WriteNull();
                    continue;
                }
                switch (kinds[i])
                {
                    case ColumnKind.Boolean: writer.Write(reader.GetBoolean(i), NpgsqlDbType.Boolean); break;
                    case ColumnKind.SmallInt: writer.Write(Convert.ToInt16(reader.GetValue(i), CultureInfo.InvariantCulture), NpgsqlDbType.Smallint); break;
                    case ColumnKind.Integer: writer.Write(reader.GetInt32(i), NpgsqlDbType.Integer); break;
                    case ColumnKind.BigInt: writer.Write(reader.GetInt64(i), NpgsqlDbType.Bigint); break;
                    case ColumnKind.Real: writer.Write(reader.GetFloat(i), NpgsqlDbType.Real); break;
                    case ColumnKind.Double: writer.Write(reader.GetDouble(i), NpgsqlDbType.Double); break;
                    case ColumnKind.Decimal: writer.Write(reader.GetDecimal(i), NpgsqlDbType.Numeric); break;
                    case ColumnKind.Text: writer.Write(reader.GetString(i), NpgsqlDbType.Text); break;
                    case ColumnKind.Date: writer.Write(reader.GetFieldValue<DateOnly>(i), NpgsqlDbType.Date); break;
                    case ColumnKind.Timestamp: writer.Write(DateTime.SpecifyKind(reader.GetDateTime(i), DateTimeKind.Unspecified), NpgsqlDbType.Timestamp); break;
                    case ColumnKind.TimestampTz: writer.Write(reader.GetFieldValue<DateTimeOffset>(i).UtcDateTime, NpgsqlDbType.TimestampTz); break;
                    default: throw new NotSupportedException($"{table.Name}.{table.Columns[i].Name}: unsupported type {table.Columns[i].DuckDbType}.");
                }
            }
        }
        await writer.CompleteAsync(ct).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(NpgsqlConnection pg, string sql, CancellationToken ct)
    {
        await using var command = pg.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string DuckQuote(string identifier) => Quote(identifier);
}
