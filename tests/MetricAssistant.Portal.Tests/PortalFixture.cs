using System.Collections.Concurrent;
using MetricAssistant.Api.Identity;
using MetricAssistant.Tests.Shared;
using Microsoft.Playwright;

namespace MetricAssistant.Portal.Tests;

/// <summary>
/// Two real services on loopback — the embedded default (demo identities) and a deployment (demo identities
/// off, callers known by API key) — and one headless Debian chromium driven by Playwright. Every request
/// a recording test page makes is kept.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string Now = "2025-07-15T10:00:00";

    /// <summary>The deployment's one caller: a regional manager for East China, known by this API key.</summary>
    public const string DeployedKey = "portal-test-key-7c1e9a";
    public const string DeployedCaller = "east-analyst";

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    private ServiceProcess? demo;
    private ServiceProcess? deployed;
    private IPlaywright? playwright;

    public static bool ChromiumAvailable => File.Exists(ChromiumPath);

    /// <summary>The embedded default: demo identities on.</summary>
    public string BaseUrl => demo?.BaseUrl ?? "";

    /// <summary>A deployment: demo identities off, <see cref="DeployedKey"/> configured.</summary>
    public string DeployedUrl => deployed?.BaseUrl ?? "";

    public IBrowser? Browser { get; private set; }
    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Every URL requested by the pages of the recording tests (test name, url).</summary>
    public ConcurrentQueue<(string Test, string Url)> Requests { get; } = new();

    public string ScreenshotDir { get; } = Path.Combine(TestRepository.Root, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        if (!ChromiumAvailable) return;
        Directory.CreateDirectory(ScreenshotDir);
        var demoStart = ServiceProcess.StartAsync("demo", new Dictionary<string, string>(), Http);
        var deployedStart = ServiceProcess.StartAsync("deployed", new Dictionary<string, string>
        {
            ["Identity__DemoIdentities"] = "false",
            ["Identity__Auth__ApiKeys__0__Name"] = DeployedCaller,
            ["Identity__Auth__ApiKeys__0__KeySha256"] = ApiKeyHash.ComputeHex(DeployedKey),
            ["Identity__Auth__ApiKeys__0__Roles__0"] = "regional_manager",
            ["Identity__Auth__ApiKeys__0__Attributes__regions__0"] = "east",
            // A deployment must authenticate its Teams door (the portal tests never call /api/messages).
            ["Bot__AppId"] = "4f3c2a1b-0d9e-4c8b-a7f6-123456789abc",
            ["Bot__AppPassword"] = "unused-by-portal-tests",
        }, Http);
        demo = await demoStart;
        deployed = await deployedStart;

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 30_000,
        });
    }

    /// <summary>A fresh context (Chinese locale, no stored user or credential) and page with 20 s timeouts; a desktop window unless a viewport is given.</summary>
    public async Task<(IBrowserContext Context, IPage Page)> NewPageAsync(string test, bool record, string locale = "zh-CN", ViewportSize? viewport = null)
    {
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        if (record) page.Request += (_, r) => Requests.Enqueue((test, r.Url));
        return (context, page);
    }

    /// <summary>A full-page screenshot taken from the top, so the sticky top bar sits where a reader sees it.</summary>
    public async Task ScreenshotAsync(IPage page, string test)
    {
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDir, test + ".png"), FullPage = true });
    }

    public string ServerLog => (demo?.Log ?? "") + (deployed?.Log ?? "");

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
        if (demo is not null) await demo.DisposeAsync();
        if (deployed is not null) await deployed.DisposeAsync();
        Http.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}
