using System.Diagnostics;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Bot.Tests.Simulator;

/// <summary>
/// The npm tools the Teams tests drive, installed once into artifacts/tools/teams (scripts/test.sh installs
/// them first; this is the fallback when a test runs alone): Microsoft's Teams simulator
/// (@microsoft/m365agentsplayground) and the Adaptive Cards parser (adaptivecards) that checks the cards.
/// </summary>
public static class NodeTools
{
    public const string PlaygroundPackage = "@microsoft/m365agentsplayground@0.2.28";
    public const string AdaptiveCardsPackage = "adaptivecards@3.0.6";

    public static string Prefix { get; } = Path.Combine(TestRepository.Root, "artifacts", "tools", "teams");
    public static string PlaygroundCli => Path.Combine(Prefix, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
    public static string AdaptiveCardsJs => Path.Combine(Prefix, "node_modules", "adaptivecards", "dist", "adaptivecards.js");

    private static readonly SemaphoreSlim Lock = new(1, 1);

    /// <summary>Null when ready; else why not (no node, npm failed) — the tests say so and skip.</summary>
    public static async Task<string?> EnsureAsync()
    {
        await Lock.WaitAsync();
        try
        {
            if (File.Exists(PlaygroundCli) && File.Exists(AdaptiveCardsJs)) return null;
            if (Which("node") is null || Which("npm") is null) return "node and npm are not installed (scripts/test.sh installs them)";
            Directory.CreateDirectory(Prefix);
            var psi = new ProcessStartInfo("npm") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Prefix };
            foreach (var arg in new[] { "install", "--prefix", Prefix, "--no-audit", "--no-fund", "--loglevel=error", PlaygroundPackage, AdaptiveCardsPackage })
                psi.ArgumentList.Add(arg);
            using var npm = Process.Start(psi)!;
            var stderr = npm.StandardError.ReadToEndAsync();
            await npm.StandardOutput.ReadToEndAsync();
            await npm.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(5)).Token);
            return npm.ExitCode == 0 && File.Exists(PlaygroundCli) ? null : $"npm install failed ({npm.ExitCode}): {await stderr}";
        }
        finally
        {
            Lock.Release();
        }
    }

    public static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);
}
