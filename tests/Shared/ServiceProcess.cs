using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
namespace MetricAssistant.Tests.Shared;

/// <summary>
/// The real service (the Api project's build output) on a free loopback port, with its own warehouse,
/// audit and feedback files in a temporary folder, and settings given as environment variables
/// (the portal's browser tests and the Teams simulator tests).
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly StringBuilder log = new();
    private readonly Process process;
    private readonly string tempDir;

    private ServiceProcess(Process process, string tempDir, string baseUrl)
    {
        this.process = process;
        this.tempDir = tempDir;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public string Log { get { lock (log) return log.ToString(); } }

    public static async Task<ServiceProcess> StartAsync(string name, IReadOnlyDictionary<string, string> settings, HttpClient http)
    {
        var tempDir = Directory.CreateTempSubdirectory($"ma-service-{name}-").FullName;
        var baseUrl = $"http://127.0.0.1:{FreePort()}";
        var dll = FindApiDll();
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(dll);
        psi.Environment["Urls"] = baseUrl;
        psi.Environment["ASPNETCORE_URLS"] = baseUrl;
        psi.Environment["Warehouse__DuckDbPath"] = Path.Combine(tempDir, "demo.duckdb");
        psi.Environment["Warehouse__DemoScale"] = "0.02";
        psi.Environment["Audit__SqlitePath"] = Path.Combine(tempDir, "audit.db");
        psi.Environment["Feedback__SqlitePath"] = Path.Combine(tempDir, "feedback.db");
        psi.Environment["Examples__SqlitePath"] = Path.Combine(tempDir, "examples.db");
        psi.Environment["Catalog__StorePath"] = Path.Combine(tempDir, "catalog.db");
        psi.Environment["Requests__SqlitePath"] = Path.Combine(tempDir, "requests.db");
        psi.Environment["METRICASSISTANT_ROOT"] = TestRepository.Root;
        foreach (var (key, value) in settings) psi.Environment[key] = value;
        var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start " + dll);
        var service = new ServiceProcess(process, tempDir, baseUrl);
        process.OutputDataReceived += (_, e) => service.Append(e.Data);
        process.ErrorDataReceived += (_, e) => service.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await service.WaitForHealthAsync(http, TimeSpan.FromSeconds(120));
        return service;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (log) log.AppendLine(line);
    }

    private async Task WaitForHealthAsync(HttpClient http, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if (process.HasExited) throw new InvalidOperationException($"service exited ({process.ExitCode}):\n{Log}");
            try
            {
                using var response = await http.GetAsync(BaseUrl + "/api/health");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"service not healthy after {limit}:\n{Log}");
    }

    public async ValueTask DisposeAsync()
    {
        try { if (!process.HasExited) process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            try { await process.WaitForExitAsync(timeout.Token); } catch (OperationCanceledException) { }
        }
        process.Dispose();
        try { Directory.Delete(tempDir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindApiDll()
    {
        // The Api project is referenced, so it is built in the same configuration as this project.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Parent?.Name ?? "Debug";
        var bin = Path.Combine(TestRepository.Root, "src", "MetricAssistant.Api", "bin");
        var preferred = Path.Combine(bin, configuration, "net10.0", "linux-x64", "MetricAssistant.Api.dll");
        if (File.Exists(preferred)) return preferred;
        var any = Directory.Exists(bin)
            ? Directory.EnumerateFiles(bin, "MetricAssistant.Api.dll", SearchOption.AllDirectories).OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            : null;
        return any ?? throw new FileNotFoundException("MetricAssistant.Api.dll not found under " + bin);
    }
}
