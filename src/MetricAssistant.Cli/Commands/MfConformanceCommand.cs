using System.CommandLine;
using MetricAssistant.Catalog.Dbt.MetricFlow;
using MetricAssistant.Infrastructure;
using MetricAssistant.Infrastructure.Dbt;

namespace MetricAssistant.Cli.Commands;

/// <summary>
/// <c>eval mf-conformance [--cases DIR] [--manifest DIR] [--tables DIR] [--postgres CONNECTION]</c>: MetricFlow's
/// integration cases run through this compiler against the check queries (markdown tables per file and per unsupported
/// feature, the failures), ending with the one line <c>mf-conformance: N passed, N failed, N unsupported</c>.
/// Defaults: ../shared/external/metricflow when present, else evals/metricflow. Exit 2 when nothing could be run.
/// </summary>
internal static class MfConformanceCommand
{
    private const int Unusable = 2;

    public static Command Build()
    {
        var cases = new Option<string?>("--cases") { Description = "A folder of MetricFlow itest_*.yaml case files." };
        var manifest = new Option<string?>("--manifest") { Description = "The semantic manifest the cases run on (SIMPLE_MODEL)." };
        var tables = new Option<string?>("--tables") { Description = "The source tables as MetricFlow table snapshots (YAML rows)." };
        var postgres = new Option<string?>("--postgres") { Description = "Run on this PostgreSQL server (Npgsql connection string; a schema of its own, dropped after) instead of in-memory DuckDB." };
        var trace = new Option<string[]>("--case") { Description = "Print the compiled and check SQL and both results of this case (by name); repeatable.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("mf-conformance", "Run MetricFlow's integration cases through the compiler and compare with their check queries.") { cases, manifest, tables, postgres, trace };
        command.SetAction(async (parse, ct) =>
        {
            var folders = MetricFlowFolders.Locate(RepositoryRoot.Locate().Path);
            var caseDir = Path.GetFullPath(parse.GetValue(cases) ?? folders.Cases);
            var manifestDir = Path.GetFullPath(parse.GetValue(manifest) ?? folders.Manifest);
            var tableDir = Path.GetFullPath(parse.GetValue(tables) ?? folders.Tables);
            foreach (var dir in new[] { caseDir, manifestDir, tableDir }.Where(d => !Directory.Exists(d)))
            {
                Console.Error.WriteLine($"No folder at {dir}.");
                return Unusable;
            }
            await using MfEngine engine = parse.GetValue(postgres) is { Length: > 0 } connection
                ? await PostgresMfEngine.CreateAsync(connection, ct)
                : new DuckDbMfEngine();
            var report = await MfConformanceRunner.RunAsync(caseDir, manifestDir, tableDir, engine, ct, (parse.GetValue(trace) ?? []).ToHashSet(StringComparer.Ordinal));
            Console.WriteLine(report.ToMarkdown());
            Console.WriteLine(report.SummaryLine);
            return report.Outcomes.Count == 0 ? Unusable : 0;
        });
        return command;
    }
}
