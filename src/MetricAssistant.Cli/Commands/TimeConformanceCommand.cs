using System.CommandLine;
using MetricAssistant.Evals.Running;
using MetricAssistant.Infrastructure;
using MetricAssistant.Understanding.Time;
using MetricAssistant.Understanding.Time.Conformance;
using Microsoft.Extensions.DependencyInjection;

namespace MetricAssistant.Cli.Commands;

/// <summary>
/// <c>time-conformance [--file F]... [--dir D]</c>: scores Microsoft Recognizers-Text date case files with
/// the configured time resolver and prints the figures and every failure (markdown). Without options it
/// runs the shared folder the eval uses; <c>--file</c> measures a file the resolver was never tuned on.
/// Exit 2 when nothing could be run.
/// </summary>
internal static class TimeConformanceCommand
{
    private const int Unusable = 2;

    public static Command Build()
    {
        var files = new Option<string[]>("--file") { Description = "A Recognizers-Text case file (Specs/DateTime/<Language>/*.json); repeatable.", AllowMultipleArgumentsPerToken = true };
        var dir = new Option<string?>("--dir") { Description = "A folder of case files (default: the shared recognizers-text folder)." };
        var command = new Command("time-conformance", "Score Microsoft Recognizers-Text date cases with the time resolver.") { files, dir };
        command.SetAction(parse =>
        {
            using var services = CliServices.Build();
            var resolver = services.GetService<ITimeResolver>() ?? new TimeExpressionResolver();
            var given = parse.GetValue(files) ?? [];
            var report = given.Length > 0
                ? TimeConformanceSuite.RunFiles(given.Select(Path.GetFullPath).ToList(), resolver)
                : TimeConformanceSuite.Run(parse.GetValue(dir) ?? ConformanceRunner.TimeDirectory(RepositoryRoot.Locate().Path), resolver);
            Console.WriteLine(report.ToMarkdown());
            foreach (var file in report.Files) Console.WriteLine(file);
            return report.IsApplicable ? 0 : Unusable;
        });
        return command;
    }
}
