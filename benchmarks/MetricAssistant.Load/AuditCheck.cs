using System.Globalization;
using MetricAssistant.Application.Audit;
using Npgsql;

namespace MetricAssistant.Load;

/// <summary>
/// "No answer without its audit record": every distinct query answered during a fault must have an entry in the
/// shared store's audit trail, found by the time range it asked for (its bound dates).
/// </summary>
public sealed class AuditCheck(LoadSettings settings)
{
    // Unpooled: the shared store is restarted under this tool, and a pooled connection would not survive it.
    private readonly string connectionString = new NpgsqlConnectionStringBuilder(settings.SharedConnection) { Pooling = false }.ConnectionString;

    public async Task<long> NewestIdAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT COALESCE(MAX(id), 0) FROM audit_log", connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>The answered samples whose range has no audit entry after <paramref name="afterId"/>.</summary>
    public async Task<IReadOnlyList<Sample>> MissingAsync(long afterId, IEnumerable<Sample> answered, CancellationToken cancellationToken)
    {
        var recorded = new HashSet<string>(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT parameters_json FROM audit_log WHERE id > @after AND door = 'query' AND status = 'answered' AND parameters_json IS NOT NULL", connection);
        command.Parameters.AddWithValue("after", afterId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var (parameters, _) = AuditParameters.Read(reader.GetString(0));
            var dates = (parameters ?? []).Select(p => p.Value switch
            {
                DateOnly d => (DateOnly?)d,
                DateTime t => DateOnly.FromDateTime(t),
                _ => null,
            }).OfType<DateOnly>().Order().ToArray();
            if (dates.Length >= 2) recorded.Add(Workload.RangeKey(dates[0], dates[^1]));
        }
        return [.. answered.Where(s => s.Key is null || !recorded.Contains(s.Key))];
    }
}
