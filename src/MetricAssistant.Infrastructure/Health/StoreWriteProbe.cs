using Microsoft.Data.Sqlite;
using Npgsql;

namespace MetricAssistant.Infrastructure.Health;

/// <summary>
/// Whether a store can take a write now, without leaving anything behind: readiness of the audit trail and the
/// shared store. Each probe throws with the reason when the store cannot be written.
/// </summary>
public static class StoreWriteProbe
{
    /// <summary>SQLite: takes the write lock and writes inside a transaction that is rolled back.</summary>
    public static async Task SqliteAsync(string path, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, DefaultTimeout = 5 }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE; CREATE TABLE IF NOT EXISTS ma_health_probe (x INTEGER); INSERT INTO ma_health_probe VALUES (1); ROLLBACK;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>PostgreSQL: reachable, not a standby, and not read-only by default.</summary>
    public static async Task PostgresAsync(string connectionString, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 5, Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT pg_is_in_recovery(), current_setting('default_transaction_read_only')", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        if (reader.GetBoolean(0)) throw new InvalidOperationException("the server is a standby (in recovery): read-only");
        if (reader.GetString(1) == "on") throw new InvalidOperationException("default_transaction_read_only is on");
    }
}
