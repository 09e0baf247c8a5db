using System.Diagnostics;

namespace MetricAssistant.Load;

/// <summary>Stops and starts the run's own PostgreSQL clusters and Redis by name, through scripts/lib/load-services.sh.</summary>
public sealed class ServerControl(LoadSettings settings)
{
    public Task StopAsync(string server, CancellationToken cancellationToken) => RunAsync("stop", server, cancellationToken);

    public Task StartAsync(string server, CancellationToken cancellationToken) => RunAsync("start", server, cancellationToken);

    private async Task RunAsync(string action, string server, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("bash") { ArgumentList = { settings.ServicesScript, action, server }, RedirectStandardError = true };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("bash did not start");
        var error = await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0) throw new InvalidOperationException($"load-services.sh {action} {server} failed ({process.ExitCode}): {error.Trim()}");
    }
}
