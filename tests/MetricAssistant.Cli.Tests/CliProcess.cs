using System.Diagnostics;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Cli.Tests;

/// <summary>
/// The CLI run as its own process on the repository's catalog, with the settings a test gives it (its own store
/// files): exit code, standard output and standard error.
/// </summary>
internal static class CliProcess
{
    public static async Task<(int Exit, string Out, string Error)> RunAsync(IReadOnlyDictionary<string, string> settings, TimeSpan timeout, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "MetricAssistant.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(cli);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["METRICASSISTANT_ROOT"] = TestRepository.Root;
        foreach (var (key, value) in settings) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timer = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(timer.Token);
        return (process.ExitCode, await output, await error);
    }
}
