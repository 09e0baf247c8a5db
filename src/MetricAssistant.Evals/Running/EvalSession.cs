using System.Diagnostics;
using MetricAssistant.Application.Asking;
using MetricAssistant.Evals.Reports;
using MetricAssistant.Evals.Scoring;

namespace MetricAssistant.Evals.Running;

/// <summary>
/// One eval run end to end: loads each set (<see cref="EvalSetLoader"/>), runs its cases through
/// <see cref="EvalRunner"/>, runs the conformance suite beside them, and builds the report.
/// </summary>
public sealed class EvalSession(IAskService ask, IExpectedQueryRunner? expectedRunner, IConformanceSuite? conformance, EvalRunnerOptions options)
{
    public async Task<EvalReport> RunAsync(IReadOnlyList<EvalSetSource> sets, string planner, string conformanceDirectory, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var runner = new EvalRunner(ask, expectedRunner, options);
        var runs = new List<SetRun>();
        foreach (var set in sets)
        {
            var (cases, problems) = EvalSetLoader.Load(set.Directory, set.HeldOut);
            var results = await runner.RunAsync(set.Name, cases, cancellationToken);
            runs.Add(new SetRun(set, problems, results));
        }
        var section = ConformanceRunner.Run(conformance, conformanceDirectory);
        return ReportBuilder.Build(runs, section, planner, watch.Elapsed);
    }
}
