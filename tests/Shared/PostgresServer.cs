using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace MetricAssistant.Tests.Shared;

/// <summary>
/// A real PostgreSQL server for tests: the one named by MA_TEST_POSTGRES (scripts/test.sh starts it),
/// else a throwaway one started here from the machine's PostgreSQL binaries. When neither is possible,
/// <see cref="UnavailableReason"/> says why and the tests that need it report themselves skipped.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private static readonly Lazy<PostgresServer> Shared = new(() => new PostgresServer());
    private readonly string? dataDirectory;
    private readonly string? binDirectory;

    public static PostgresServer Instance => Shared.Value;

    public string? ConnectionString { get; }

    public string? UnavailableReason { get; }

    private PostgresServer()
    {
        var configured = Environment.GetEnvironmentVariable("MA_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            ConnectionString = configured;
            return;
        }
        binDirectory = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order().LastOrDefault()
            : null;
        if (binDirectory is null)
        {
            UnavailableReason = "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb) and MA_TEST_POSTGRES is not set; scripts/test.sh installs and starts it.";
            return;
        }
        var port = FreePort();
        dataDirectory = Path.Combine(Path.GetTempPath(), $"ma-test-pg-{Environment.ProcessId}-{port}");
        try
        {
            Directory.CreateDirectory(dataDirectory);
            var root = Environment.UserName == "root";
            if (root) Run("chown", $"postgres:postgres {dataDirectory}", asPostgres: false);
            Run(Path.Combine(binDirectory, "initdb"), $"-D {dataDirectory} -A trust -U postgres -E UTF8 --locale=C.UTF-8", root);
            Run(Path.Combine(binDirectory, "pg_ctl"), $"-D {dataDirectory} -o \"-p {port} -k {dataDirectory} -c listen_addresses=127.0.0.1 -c fsync=off\" -l {dataDirectory}/log -w start", root);
            ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
        }
        catch (Exception e)
        {
            UnavailableReason = $"Could not start PostgreSQL: {e.Message}";
        }
    }

    /// <summary>A new empty database; returns its connection string.</summary>
    public string CreateDatabase(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(60, prefix.Length + 33)];
        using var connection = new NpgsqlConnection(ConnectionString ?? throw new InvalidOperationException(UnavailableReason));
        connection.Open();
        using (var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection)) command.ExecuteNonQuery();
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    public void Dispose()
    {
        if (dataDirectory is null || binDirectory is null || !Directory.Exists(dataDirectory)) return;
        try
        {
            Run(Path.Combine(binDirectory, "pg_ctl"), $"-D {dataDirectory} -m immediate -w stop", Environment.UserName == "root");
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            // Best effort at exit: a leftover temp folder is harmless.
        }
    }

    private static void Run(string program, string arguments, bool asPostgres)
    {
        var start = asPostgres
            ? new ProcessStartInfo("runuser", $"-u postgres -- {program} {arguments}")
            : new ProcessStartInfo(program, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(120_000)) throw new InvalidOperationException($"{program} timed out");
        if (process.ExitCode != 0) throw new InvalidOperationException($"{Path.GetFileName(program)} exited {process.ExitCode}: {stderr.Result}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
