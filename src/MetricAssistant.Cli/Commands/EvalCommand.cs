using System.CommandLine;
using MetricAssistant.Application.Asking;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Evals.Gate;
using MetricAssistant.Evals.Reports;
using MetricAssistant.Evals.Running;
using MetricAssistant.Infrastructure;
using MetricAssistant.Understanding.Time;
using Microsoft.Extensions.DependencyInjection;
using MetricAssistant.Application.Execution;

namespace MetricAssistant.Cli.Commands;

/// <summary>
/// <c>eval [--set PATH] [--holdout] [--planner rules|llm] [--baseline FILE] [--write-baseline FILE] [--tolerance PP] [--out DIR]</c>
/// runs the golden and held-out sets through the ask pipeline in process, scores them, writes
/// report.json/.md/.html and gates against a baseline (exit 1 on a regression);
/// <c>eval --compare OLD.json NEW.json</c> tells which cases a change broke and fixed.
/// </summary>
internal static class EvalCommand
{
    private const int Regressed = 1;
    private const int Unusable = 2;

    public static Command Build()
    {
        var set = new Option<string?>("--set") { Description = "A folder of case files to run instead of evals/golden and evals/holdout." };
        var holdout = new Option<bool>("--holdout") { Description = "Run only the held-out set (with --set: mark that folder as held out)." };
        var planner = new Option<string>("--planner") { Description = "rules (offline) or llm; passed to the pipeline as Understanding:Planner.", DefaultValueFactory = _ => "rules" };
        planner.AcceptOnlyFromAmong("rules", "llm");
        var baseline = new Option<string?>("--baseline") { Description = "Baseline to gate against (default: evals/baseline.json when it exists); exit 1 on a regression." };
        var writeBaseline = new Option<string?>("--write-baseline") { Description = "Write this run as a baseline file." };
        var tolerance = new Option<double>("--tolerance") { Description = "Allowed drop of a score, in percentage points.", DefaultValueFactory = _ => BaselineGate.DefaultTolerancePoints };
        var output = new Option<string?>("--out") { Description = "Folder for report.json, report.md and report.html (default artifacts/eval)." };
        var compare = new Option<string[]>("--compare") { Description = "Compare two reports or baselines: OLD.json NEW.json.", Arity = new ArgumentArity(2, 2), AllowMultipleArgumentsPerToken = true };
        var parallelism = new Option<int>("--parallelism") { Description = "Cases run at once.", DefaultValueFactory = _ => EvalRunnerOptions.Default.Parallelism };
        var timeout = new Option<int>("--timeout") { Description = "Seconds one question may take before it counts as failed.", DefaultValueFactory = _ => 60 };

        var command = new Command("eval", "Run the golden and held-out sets, score them, write reports and gate against a baseline.")
        {
            set, holdout, planner, baseline, writeBaseline, tolerance, output, compare, parallelism, timeout,
        };
        command.Subcommands.Add(MfConformanceCommand.Build());
        command.SetAction(async (parse, ct) =>
        {
            var root = RepositoryRoot.Locate();
            var outDir = Path.GetFullPath(parse.GetValue(output) ?? Path.Combine(root.Path, "artifacts", "eval"));
            if (parse.GetValue(compare) is { Length: 2 } files) return Compare(files[0], files[1], outDir);
            if (parse.GetValue(tolerance) < 0 || parse.GetValue(parallelism) < 1 || parse.GetValue(timeout) < 1)
            {
                Console.Error.WriteLine("--tolerance must be at least 0, --parallelism and --timeout at least 1.");
                return Unusable;
            }

            var sets = Sets(root, parse.GetValue(set), parse.GetValue(holdout));
            var baselinePath = parse.GetValue(baseline) ?? DefaultBaseline(root);
            if (baselinePath is not null && !File.Exists(baselinePath))
            {
                Console.Error.WriteLine($"Baseline {baselinePath} not found.");
                return Unusable;
            }

            // --planner llm reads questions with the chat model configured under Planner (endpoint, key, model).
            // Learned examples are local data: an evaluation measures the catalog and the reader alone.
            // The catalog store is in memory, seeded fresh from catalog/ each run: local publishes never move the scores.
            var overrides = new Dictionary<string, string?> { ["Planner:Kind"] = parse.GetValue(planner), ["Examples:Store"] = "none", ["Catalog:Store"] = "memory" };
            ServiceProvider built;
            try
            {
                built = await CliServices.BuildReadyAsync(ct, overrides);
                _ = built.GetRequiredService<Microsoft.Extensions.Options.IOptions<MetricAssistant.Planner.Llm.PlannerOptions>>().Value;
            }
            catch (Microsoft.Extensions.Options.OptionsValidationException e)
            {
                Console.Error.WriteLine($"The {parse.GetValue(planner)} planner is not configured: {string.Join(" ", e.Failures)}");
                return Unusable;
            }
            await using var services = built;
            await using var scope = services.CreateAsyncScope();
            if (scope.ServiceProvider.GetService<IAskService>() is not { } ask)
            {
                Console.Error.WriteLine("The ask pipeline (IAskService) is not registered in this build; nothing to evaluate.");
                return Unusable;
            }
            // Measured answers start warm, as a started service's do: cold builds shared by the first parallel cases are no case's latency.
            await scope.ServiceProvider.GetRequiredService<ReaderWarmUp>().WarmUpAsync(scope.ServiceProvider.GetRequiredService<ICatalogProvider>().Current, ct);
            var expected = new QueryServiceExpectedRunner(scope.ServiceProvider.GetRequiredService<QueryService>());
            var conformance = scope.ServiceProvider.GetService<ITimeResolver>() is { } resolver
                ? new TimeConformanceAdapter(resolver)
                : scope.ServiceProvider.GetService<IConformanceSuite>();
            var options = new EvalRunnerOptions(parse.GetValue(parallelism), TimeSpan.FromSeconds(parse.GetValue(timeout)));
            var session = new EvalSession(ask, expected, conformance, options);
            var report = await session.RunAsync(sets, parse.GetValue(planner)!, ConformanceRunner.TimeDirectory(root.Path), ct);
            if (report.Cases.Count == 0)
            {
                foreach (var problem in report.Sets.SelectMany(s => s.Problems)) Console.Error.WriteLine(problem);
                Console.Error.WriteLine("No cases to run.");
                return Unusable;
            }

            if (baselinePath is not null)
                report = report with { Gate = BaselineGate.Check(BaselineFile.Read(baselinePath), Baseline.From(report), parse.GetValue(tolerance), Relative(root, baselinePath)) };
            JsonReportWriter.Write(report, outDir);
            MarkdownReportWriter.Write(report, outDir);
            HtmlReportWriter.Write(report, outDir);
            if (parse.GetValue(writeBaseline) is { } target)
            {
                BaselineFile.Write(Baseline.From(report), target);
                Console.WriteLine($"wrote baseline {target}");
            }

            foreach (var line in ConsoleSummary.Lines(report)) Console.WriteLine(line);
            Console.WriteLine($"reports: {Path.Combine(outDir, "report.{json,md,html}")}");
            return report.Gate is { Passed: false } ? Regressed : 0;
        });
        return command;
    }

    private static int Compare(string before, string after, string outDir)
    {
        foreach (var file in new[] { before, after })
        {
            if (File.Exists(file)) continue;
            Console.Error.WriteLine($"{file} not found.");
            return Unusable;
        }
        var comparison = ReportComparer.Compare(BaselineFile.Read(before), BaselineFile.Read(after), before, after);
        foreach (var line in ComparisonWriter.Summary(comparison)) Console.WriteLine(line);
        Console.WriteLine($"wrote {ComparisonWriter.Write(comparison, outDir)}");
        return 0;
    }

    private static IReadOnlyList<EvalSetSource> Sets(RepositoryRoot root, string? set, bool holdout)
    {
        if (set is not null)
        {
            var directory = Path.GetFullPath(set);
            return [new EvalSetSource(new DirectoryInfo(directory).Name, directory, holdout)];
        }
        var heldOut = new EvalSetSource("holdout", root.Resolve(Path.Combine("evals", "holdout")), true);
        return holdout ? [heldOut] : [new EvalSetSource("golden", root.Resolve(Path.Combine("evals", "golden")), false), heldOut];
    }

    private static string? DefaultBaseline(RepositoryRoot root)
    {
        var path = root.Resolve(Path.Combine("evals", "baseline.json"));
        return File.Exists(path) ? path : null;
    }

    private static string Relative(RepositoryRoot root, string path) => Path.GetRelativePath(root.Path, Path.GetFullPath(path));
}
