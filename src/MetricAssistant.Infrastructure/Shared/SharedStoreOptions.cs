using Npgsql;

namespace MetricAssistant.Infrastructure.Shared;

/// <summary>
/// The store replicas share (<c>ConnectionStrings:Shared</c>, PostgreSQL in Npgsql format). When it is set, conversations,
/// chart specs, the Teams welcome ledger, accepted Teams turns and feedback live there; when it is not, they stay in the
/// process (feedback in its SQLite file), as a single embedded instance needs. Checked on start.
/// </summary>
public sealed class SharedStoreOptions
{
    public const string ConnectionStringName = "Shared";

    public string? ConnectionString { get; set; }

    public bool Configured => !string.IsNullOrWhiteSpace(ConnectionString);

    /// <summary>True when <paramref name="text"/> parses as an Npgsql connection string.</summary>
    public static bool IsConnectionString(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        try
        {
            _ = new NpgsqlConnectionStringBuilder(text);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
