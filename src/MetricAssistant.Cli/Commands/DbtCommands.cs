using System.CommandLine;
using System.Text.Json;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Governance;
using MetricAssistant.Application.Governance.Proposals;
using MetricAssistant.Catalog.Dbt;
using MetricAssistant.Catalog.Dbt.Import;
using MetricAssistant.Catalog.Dbt.MetricFlow;
using MetricAssistant.Catalog.Loading;
using MetricAssistant.Infrastructure;
using MetricAssistant.Infrastructure.CatalogFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Cli.Commands;

/// <summary>
/// <c>catalog import-dbt PATH [--out DIR] [--tables DIR] [--user U] [--reason R]</c> and <c>catalog export-dbt [--dir DIR] --out DIR</c>:
/// a dbt project's semantic layer into the catalog (a folder, or proposals) and back. Every part of the dbt project
/// that is not imported as written is printed with its file, line, feature and reason. Exit 0 when done, 1 when
/// refused (a target folder that is not empty, a proposal refused), 2 when the input is unusable.
/// </summary>
internal static class DbtCommands
{
    private const int Refused = 1;
    private const int Unusable = 2;

    public static Command Import()
    {
        var path = new Argument<string>("path") { Description = "The dbt project (or any folder of semantic-layer YAML)." };
        var output = new Option<string?>("--out") { Description = "Write a catalog folder here (Catalog:Directory can point at it); without it the metrics are proposed." };
        var tables = new Option<string?>("--tables") { Description = "A folder of MetricFlow table snapshots giving the column types (dbt declares none)." };
        var user = new Option<string?>("--user") { Description = "Who proposes (a demo user holding the propose right, e.g. fin_li)." };
        var reason = new Option<string?>("--reason") { Description = "Why (kept with every proposal).", };
        var owner = new Option<string?>("--owner") { Description = "Owning department of metrics without catalog words in meta (default: dbt); the proposer needs the propose right over it, e.g. 电商部." };
        var domain = new Option<string?>("--domain") { Description = "Domain of metrics without catalog words in meta (default: dbt)." };
        var command = new Command("import-dbt", "Import a dbt project's semantic layer: semantic models, metrics, saved queries; report what is not expressible.") { path, output, tables, user, reason, owner, domain };
        command.SetAction(async (parse, ct) =>
        {
            var source = Path.GetFullPath(parse.GetValue(path)!);
            if (!Directory.Exists(source))
            {
                Console.Error.WriteLine($"No dbt project folder at {source}.");
                return Unusable;
            }
            var options = DbtImportOptions.Default;
            if (parse.GetValue(tables) is { } tablesDir)
            {
                var (snapshots, problems) = TableSnapshotReader.ReadFolder(tablesDir);
                foreach (var problem in problems) Console.Error.WriteLine($"tables: {problem}");
                options = new DbtImportOptions(TableSnapshotReader.TypesOf(snapshots));
            }
            if (parse.GetValue(owner) is { Length: > 0 } ownerName) options = options with { Owner = ownerName.Trim() };
            if (parse.GetValue(domain) is { Length: > 0 } domainName) options = options with { Domain = domainName.Trim() };
            var result = new DbtImporter(options).Import(source);
            foreach (var issue in result.Issues) Console.WriteLine(issue);
            Console.WriteLine(result.Summary);
            return parse.GetValue(output) is { Length: > 0 } outDir
                ? WriteFolder(result, Path.GetFullPath(outDir))
                : await ProposeAsync(result, parse.GetValue(user), parse.GetValue(reason) ?? $"imported from dbt project {source}", ct);
        });
        return command;
    }

    public static Command Export()
    {
        var dir = new Option<string?>("--dir") { Description = "Catalog folder to export (default: the configured one, Catalog:Directory)." };
        var output = new Option<string>("--out") { Description = "The folder to write the dbt project into (must be empty or new).", Required = true };
        var command = new Command("export-dbt", "Write the catalog as a dbt semantic layer: semantic models and metrics, with the catalog's own words in meta.") { dir, output };
        command.SetAction(parse =>
        {
            string catalogDir;
            using (var services = CliServices.Build())
                catalogDir = parse.GetValue(dir) is { Length: > 0 } given ? Path.GetFullPath(given)
                    : services.GetRequiredService<RepositoryRoot>().Resolve(services.GetRequiredService<IOptions<CatalogOptions>>().Value.Directory);
            var target = Path.GetFullPath(parse.GetValue(output)!);
            if (NotEmpty(target)) return Refused;
            var (result, problems) = new DbtExporter().Export(catalogDir);
            if (result is null)
            {
                Console.Error.WriteLine($"The catalog at {catalogDir} does not load:");
                Console.Error.WriteLine(CatalogValidationReport.From(new CatalogLoadResult(null, problems)).Text);
                return Unusable;
            }
            result.WriteTo(target);
            foreach (var issue in result.Issues) Console.WriteLine(issue);
            Console.WriteLine($"wrote {result.Files.Count} files to {target}; {result.Issues.Count} notes (kept whole in meta)");
            return 0;
        });
        return command;
    }

    private static int WriteFolder(DbtImportResult result, string target)
    {
        if (NotEmpty(target)) return Refused;
        result.WriteTo(target);
        var loaded = new CatalogLoader().Load(target);
        Console.WriteLine(CatalogValidationReport.From(loaded).Text);
        Console.WriteLine($"wrote {result.Files.Count} files to {target}");
        return loaded.Succeeded ? 0 : Refused;
    }

    /// <summary>Nothing stored is overwritten: the folder must be new or empty.</summary>
    private static bool NotEmpty(string target)
    {
        if (!Directory.Exists(target) || !Directory.EnumerateFileSystemEntries(target).Any()) return false;
        Console.Error.WriteLine($"{target} is not empty; choose a new or empty folder (nothing was written).");
        return true;
    }

    /// <summary>
    /// Each imported metric as a proposal (create, or change when the id exists). Proposals cover metrics only: the
    /// models and dimensions they need must be in the catalog first, else nothing is proposed and the way in is named.
    /// </summary>
    private static async Task<int> ProposeAsync(DbtImportResult result, string? user, string reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(user))
        {
            Console.Error.WriteLine("--user must name who proposes (or give --out DIR to write a catalog folder).");
            return Unusable;
        }
        await using var services = CliServices.Build();
        var current = services.GetRequiredService<ICatalogProvider>().Current;
        var missing = result.Files.Where(f => f.Path.StartsWith("models/", StringComparison.Ordinal) && current.FindModel(f.Path[7..^5]) is null
                                              || f.Path.StartsWith("dimensions/", StringComparison.Ordinal) && current.FindDimension(f.Path[11..^5]) is null)
            .Select(f => f.Path).ToList();
        if (missing.Count > 0)
        {
            Console.Error.WriteLine($"The catalog lacks {missing.Count} model and dimension document(s) the metrics need ({string.Join(", ", missing.Take(8))}{(missing.Count > 8 ? ", …" : "")}).");
            Console.Error.WriteLine("Proposals cover metrics only: write the folder with --out DIR, add its models/ and dimensions/ with `catalog import`, then propose again. Nothing was proposed.");
            return Refused;
        }
        var proposals = services.GetRequiredService<ProposalService>();
        var stored = await services.GetRequiredService<ICatalogStore>().CurrentAsync(ct);
        var refused = 0;
        var unchanged = 0;
        foreach (var (path, text) in result.Files.Where(f => f.Path.StartsWith("metrics/", StringComparison.Ordinal)))
        {
            var id = path[8..^5];
            // A metric the dbt project holds as the catalog has it (an export not edited since) is no change to review.
            if (CatalogDocuments.Find(stored, id) is { } revision && JsonElement.DeepEquals(LifecycleCommands.YamlDefinition(revision.Yaml), LifecycleCommands.YamlDefinition(text)))
            {
                unchanged++;
                continue;
            }
            var kind = current.FindMetric(id) is null ? "create" : "change";
            var request = new ProposalRequest(kind, id, null, LifecycleCommands.YamlDefinition(text), reason, user);
            var (created, failure) = await proposals.CreateAsync(null, request, ct);
            if (failure is not null)
            {
                refused++;
                Console.Error.WriteLine($"{id}: {failure.Message}");
                continue;
            }
            Console.WriteLine(JsonSerializer.Serialize(created, ContractJson.Indented));
        }
        Console.WriteLine($"{unchanged} metric(s) unchanged, not proposed; review the proposals with `catalog proposals --status in_review` (or GET /api/proposals)");
        return refused == 0 ? 0 : Refused;
    }
}
