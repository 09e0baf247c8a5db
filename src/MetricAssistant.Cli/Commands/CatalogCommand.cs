using System.CommandLine;
using System.Text.Json;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Validation;
using MetricAssistant.Infrastructure;
using MetricAssistant.Infrastructure.CatalogFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace MetricAssistant.Cli.Commands;

/// <summary><c>catalog validate|list|show</c>: check and browse the governed definitions.</summary>
internal static class CatalogCommand
{
    public static Command Build()
    {
        var dir = new Option<string?>("--dir") { Description = "Catalog folder (default: the configured one)." };
        var validate = new Command("validate", "Load and validate every definition; exits 1 with a list of problems (file:line: message — did you mean …).") { dir };
        validate.SetAction(parse =>
        {
            var path = parse.GetValue(dir) ?? DefaultDirectory();
            var result = new CatalogLoader().Load(path);
            Console.WriteLine(CatalogValidationReport.From(result).Text);
            return result.Succeeded ? 0 : 1;
        });

        var status = new Option<string?>("--status") { Description = "draft, in_review, published or deprecated." };
        var list = new Command("list", "List the metrics.") { status };
        list.SetAction(parse =>
        {
            var catalog = Load();
            var table = new Table().Border(TableBorder.Simple).AddColumns("id", "名称", "name", "owner", "status", "v", "official");
            foreach (var m in CatalogViews.List(catalog, parse.GetValue(status)))
                table.AddRow(m.Id, Markup.Escape(m.Name.Zh), Markup.Escape(m.Name.En), Markup.Escape(m.Owner.En), m.Status, m.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Official ? "yes" : "");
            AnsiConsole.Write(table);
            return 0;
        });

        var id = new Argument<string>("id") { Description = "Metric id, e.g. gmv." };
        var show = new Command("show", "Show one metric's definition, calculation, dimensions and lineage as JSON.") { id };
        show.SetAction(parse =>
        {
            var catalog = Load();
            if (catalog.FindMetric(parse.GetValue(id)!) is not { } metric)
            {
                Console.Error.WriteLine($"No metric '{parse.GetValue(id)}'. Known: {string.Join(", ", catalog.Metrics.Keys.Order(StringComparer.Ordinal))}");
                return 1;
            }
            Console.WriteLine(JsonSerializer.Serialize(CatalogViews.Detail(catalog, metric), ContractJson.Indented));
            return 0;
        });
        var catalog = new Command("catalog", "The governed catalog.") { validate, list, show, CatalogStoreCommands.Export(), CatalogStoreCommands.Import(), DbtCommands.Import(), DbtCommands.Export() };
        LifecycleCommands.AddTo(catalog);
        VersionCommands.AddTo(catalog);
        return catalog;
    }

    private static string DefaultDirectory()
    {
        using var services = CliServices.Build();
        return services.GetRequiredService<RepositoryRoot>().Resolve(services.GetRequiredService<IOptions<CatalogOptions>>().Value.Directory);
    }

    private static MetricAssistant.Catalog.Model.SemanticCatalog Load()
    {
        var result = new CatalogLoader().Load(DefaultDirectory());
        return result.Catalog ?? throw new CatalogLoadException(result.Problems);
    }
}
