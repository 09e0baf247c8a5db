using System.Text.RegularExpressions;
using Npgsql;

namespace MetricAssistant.Demo.RowRules;

/// <summary>
/// Installs the demo warehouse's PostgreSQL row-level security (RowRules/row-rules.sql): the reader role, the
/// <c>ma_rls</c> functions and one policy per fact table, in one transaction. Idempotent; the tables must exist.
/// </summary>
public sealed partial class RowRulesInstaller
{
    private const string RolePlaceholder = "__READER_ROLE__";

    /// <summary>The script with <paramref name="role"/> as the reader role, as it would be run (for psql or review).</summary>
    public static string Script(string role)
    {
        if (!Identifier().IsMatch(role)) throw new ArgumentException($"'{role}' is not a plain PostgreSQL role name (a-z, 0-9, _).", nameof(role));
        using var stream = typeof(RowRulesInstaller).Assembly.GetManifestResourceStream("MetricAssistant.Demo.RowRules.row-rules.sql")
            ?? throw new InvalidOperationException("The row-rules script is not embedded in MetricAssistant.Demo.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace(RolePlaceholder, role, StringComparison.Ordinal);
    }

    public async Task InstallAsync(string npgsqlConnectionString, string role, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(npgsqlConnectionString);
        var script = Script(role);
        await using var connection = new NpgsqlConnection(npgsqlConnectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using (var command = new NpgsqlCommand(script, connection, transaction))
        {
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        await transaction.CommitAsync(ct).ConfigureAwait(false);
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex Identifier();
}
