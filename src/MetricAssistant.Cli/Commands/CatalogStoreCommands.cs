using System.CommandLine;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Catalog.Loading;
using MetricAssistant.Infrastructure;
using MetricAssistant.Infrastructure.CatalogFiles;
using MetricAssistant.Infrastructure.Governance.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Cli.Commands;

/// <summary>
/// <c>catalog export [--out DIR]</c> and <c>catalog import [DIR] [--user U] [--reason R]</c>: the catalog store and a
/// git-kept folder, round trip. Exit 0 when done, 1 when the import is refused (the problems, with file and line),
/// 2 when the input is unusable.
/// </summary>
internal static class CatalogStoreCommands
{
    private const int Refused = 1;
    private const int Unusable = 2;

    public static Command Export()
    {
        var output = new Option<string?>("--out") { Description = "Folder to write (default: the configured catalog folder, Catalog:Directory)." };
        var command = new Command("export", "Write the store's current documents, and every earlier metric version as history/<id>.v<N>.yaml, byte for byte.") { output };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Build();
            // As a service start would: an empty store is seeded and folder changes are imported first.
            _ = services.GetRequiredService<ICatalogProvider>().Current;
            var directory = parse.GetValue(output) is { Length: > 0 } chosen ? Path.GetFullPath(chosen) : ConfiguredDirectory(services);
            var export = await services.GetRequiredService<CatalogExporter>().ExportAsync(directory, ct);
            Console.WriteLine($"Exported {export.Documents} documents and {export.Versions} earlier metric versions to {export.Directory}.");
            return 0;
        });
        return command;
    }

    public static Command Import()
    {
        var folder = new Argument<string?>("dir") { Description = "Catalog folder to import (default: Catalog:Directory).", Arity = ArgumentArity.ZeroOrOne };
        var user = new Option<string>("--user") { Description = "Who the new revisions are recorded as.", DefaultValueFactory = _ => CatalogFolderImporter.ImportAuthor };
        var reason = new Option<string?>("--reason") { Description = "Why (kept with every revision written)." };
        var command = new Command("import", "Validate the catalog the folder would make, then write its changed documents as new revisions.") { folder, user, reason };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Build();
            var directory = parse.GetValue(folder) is { Length: > 0 } chosen ? Path.GetFullPath(chosen) : ConfiguredDirectory(services);
            if (!Directory.Exists(directory))
            {
                Console.Error.WriteLine($"No catalog folder at {directory}.");
                return Unusable;
            }
            var author = parse.GetValue(user);
            if (string.IsNullOrWhiteSpace(author))
            {
                Console.Error.WriteLine("--user must name who imports.");
                return Unusable;
            }
            var why = parse.GetValue(reason) is { Length: > 0 } given ? given : $"imported from {directory}";
            // Only the configured folder's imports are tracked: the next start then takes only what git changes there.
            var configured = string.Equals(directory.TrimEnd('/'), ConfiguredDirectory(services).TrimEnd('/'), StringComparison.Ordinal);
            FolderImportResult result;
            try
            {
                result = await services.GetRequiredService<CatalogFolderImporter>().ImportAsync(new FolderImport(directory, author.Trim(), why, FolderWins: true, Strict: true, Ledger: configured), ct);
            }
            catch (InvalidDataException e)
            {
                Console.Error.WriteLine(e.Message);
                return Unusable;
            }
            if (result.Refused)
            {
                Console.Error.WriteLine($"Refused: the catalog would have {result.Problems.Count} problem(s); nothing was written.");
                Console.Error.WriteLine(CatalogValidationReport.From(new CatalogLoadResult(null, result.Problems)).Text);
                return Refused;
            }
            if (result.Written.Count == 0)
            {
                Console.WriteLine("Nothing changed: the store already holds every document of the folder.");
                return 0;
            }
            Console.WriteLine(result.Seeded
                ? $"Seeded the empty store: {result.Written.Count} revisions (earlier metric versions first)."
                : $"Imported {result.Written.Count} changed document(s) as {author.Trim()}:");
            if (!result.Seeded)
                foreach (var revision in result.Written) Console.WriteLine($"  r{revision.Revision}  {revision.Path}");
            return 0;
        });
        return command;
    }

    private static string ConfiguredDirectory(IServiceProvider services) =>
        services.GetRequiredService<RepositoryRoot>().Resolve(services.GetRequiredService<IOptions<CatalogOptions>>().Value.Directory);
}
