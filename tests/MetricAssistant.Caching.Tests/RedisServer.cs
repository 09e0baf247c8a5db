using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MetricAssistant.Caching.Tests;

/// <summary>
/// Redis for the tests: <c>MA_TEST_REDIS</c> (host:port, set by scripts/test.sh) for the shared server, or a throwaway
/// <c>redis-server</c> on a free loopback port that a test may stop. Tests skip when neither is available.
/// </summary>
internal sealed class RedisServer : IDisposable
{
    private readonly Process process;

    private RedisServer(Process process, int port)
    {
        this.process = process;
        Endpoint = $"127.0.0.1:{port}";
    }

    public string Endpoint { get; }

    public static string? Shared => Environment.GetEnvironmentVariable("MA_TEST_REDIS") is { Length: > 0 } value ? value : null;

    public static string? Binary => new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists);

    /// <summary>A loopback port nothing listens on.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<RedisServer> StartAsync()
    {
        var port = FreePort();
        var info = new ProcessStartInfo(Binary ?? throw new InvalidOperationException("redis-server is not installed")) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" }) info.ArgumentList.Add(arg);
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        var server = new RedisServer(process, port);
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        server.Dispose();
        throw new InvalidOperationException("redis-server did not start");
    }

    public void Stop()
    {
        if (process.HasExited) return;
        process.Kill();
        process.WaitForExit(5000);
    }

    public void Dispose()
    {
        Stop();
        process.Dispose();
    }
}
