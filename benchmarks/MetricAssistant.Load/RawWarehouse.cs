using System.Diagnostics;
using MetricAssistant.Application.Audit;
using Npgsql;

namespace MetricAssistant.Load;

/// <summary>
/// The warehouse's own time for the SQL an answer ran: the compiled SQL and its bound values are read back from the
/// audit trail (the newest answered <c>/api/query</c> entry) and run directly on the warehouse over a pooled
/// connection, rows read to the end, one after another.
/// </summary>
public sealed class RawWarehouse(LoadSettings settings)
{
    public async Task<(string Sql, IReadOnlyList<double> TimesMs)> TimeNewestQueryAsync(int count, CancellationToken cancellationToken)
    {
        string sql, parameters;
        await using (var shared = new NpgsqlConnection(settings.SharedConnection))
        {
            await shared.OpenAsync(cancellationToken);
            await using var read = new NpgsqlCommand("SELECT sql, parameters_json FROM audit_log WHERE door = 'query' AND status = 'answered' AND sql IS NOT NULL ORDER BY id DESC LIMIT 1", shared);
            await using var row = await read.ExecuteReaderAsync(cancellationToken);
            if (!await row.ReadAsync(cancellationToken)) throw new InvalidOperationException("no answered query in the audit trail to time");
            (sql, parameters) = (row.GetString(0), row.GetString(1));
        }
        var (bound, problem) = AuditParameters.Read(parameters);
        if (bound is null) throw new InvalidOperationException("the audit entry's parameters cannot be read: " + problem);
        await using var source = NpgsqlDataSource.Create(settings.WarehouseConnection);
        var times = new List<double>();
        for (var i = 0; i < count + 3; i++)
        {
            var watch = Stopwatch.StartNew();
            await using var connection = await source.OpenConnectionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(sql, connection);
            foreach (var p in bound) command.Parameters.AddWithValue(p.Name, p.Value);
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
                while (await reader.ReadAsync(cancellationToken)) { }
            // The first runs warm the pool and the plan, as the service's earlier requests did.
            if (i >= 3) times.Add(watch.Elapsed.TotalMilliseconds);
        }
        return (sql, times);
    }
}
