using MetricAssistant.Load;

// Usage (through scripts/load.sh, which starts the servers): MetricAssistant.Load --api <MetricAssistant.Api.dll> [--short] [--soak-seconds N] [--root DIR] [--out DIR]
var settings = LoadSettings.FromArguments(args);
using var cancel = new CancellationTokenSource();
// Ctrl-C or a SIGTERM (scripts/load.sh's trap): stop measuring and stop the replicas.
using var interrupt = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, Stop);
using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, Stop);
void Stop(System.Runtime.InteropServices.PosixSignalContext context)
{
    context.Cancel = true;
    cancel.Cancel();
}
LoadReport report;
try
{
    report = await new LoadRun(settings).RunAsync(cancel.Token);
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.Error.WriteLine("load: interrupted");
    return 130;
}
Console.WriteLine(report.Problems.Count == 0 ? "load: no errors" : $"load: {report.Problems.Count} problems");
return report.Problems.Count == 0 ? 0 : 1;
