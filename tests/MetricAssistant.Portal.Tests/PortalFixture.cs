using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MetricAssistant.Tests.Shared;
using Microsoft.Playwright;

namespace MetricAssistant.Portal.Tests;

/// <summary>
/// Runs the real service (the Api project's build output) on a free loopback port and one headless
/// Debian chromium driven by Playwright. Every request any test page makes is recorded.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string Now = "2025-07-15T10:00:00";

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    private readonly StringBuilder serverLog = new();
    private Process? server;
    private IPlaywright? playwright;
    private string? tempDir;

    public static bool ChromiumAvailable => File.Exists(ChromiumPath);

    public string BaseUrl { get; private set; } = "";
    public IBrowser? Browser { get; private set; }
    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Every URL requested by the pages of tests 1–5 (test name, url).</summary>
    public ConcurrentQueue<(string Test, string Url)> Requests { get; } = new();

    public string ScreenshotDir { get; } = Path.Combine(TestRepository.Root, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        if (!ChromiumAvailable) return;
        Directory.CreateDirectory(ScreenshotDir);
        tempDir = Directory.CreateTempSubdirectory("ma-portal-").FullName;
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var dll = FindApiDll();
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(dll);
        psi.Environment["Urls"] = BaseUrl;
        psi.Environment["ASPNETCORE_URLS"] = BaseUrl;
        psi.Environment["Warehouse__DuckDbPath"] = Path.Combine(tempDir, "demo.duckdb");
        psi.Environment["Warehouse__DemoScale"] = "0.02";
        psi.Environment["Audit__SqlitePath"] = Path.Combine(tempDir, "audit.db");
        psi.Environment["METRICASSISTANT_ROOT"] = TestRepository.Root;
        server = Process.Start(psi) ?? throw new InvalidOperationException("could not start " + dll);
        server.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (serverLog) serverLog.AppendLine(e.Data); };
        server.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (serverLog) serverLog.AppendLine(e.Data); };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        await WaitForHealthAsync(TimeSpan.FromSeconds(90));

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 30_000,
        });
    }

    /// <summary>A fresh context (Chinese locale, no stored user) and page with 20 s timeouts.</summary>
    public async Task<(IBrowserContext Context, IPage Page)> NewPageAsync(string test, bool record, string locale = "zh-CN")
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        if (record) page.Request += (_, r) => Requests.Enqueue((test, r.Url));
        return (context, page);
    }

    public async Task ScreenshotAsync(IPage page, string test)
        => await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDir, test + ".png"), FullPage = true });

    public string ServerLog { get { lock (serverLog) return serverLog.ToString(); } }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
        if (server is not null)
        {
            try { if (!server.HasExited) server.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            await server.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token).ConfigureAwait(false);
            server.Dispose();
        }
        Http.Dispose();
        if (tempDir is not null) try { Directory.Delete(tempDir, recursive: true); } catch (IOException) { }
    }

    private async Task WaitForHealthAsync(TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if (server!.HasExited) throw new InvalidOperationException($"service exited ({server.ExitCode}):\n{ServerLog}");
            try
            {
                using var response = await Http.GetAsync(BaseUrl + "/api/health");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"service not healthy after {limit}:\n{ServerLog}");
    }

    private static int FreePort()
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

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}
