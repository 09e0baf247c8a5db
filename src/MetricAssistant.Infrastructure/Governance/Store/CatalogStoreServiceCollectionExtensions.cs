using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Governance;
using MetricAssistant.Catalog.Snapshots;
using MetricAssistant.Infrastructure.CatalogFiles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MetricAssistant.Infrastructure.Governance.Store;

public static class CatalogStoreServiceCollectionExtensions
{
    /// <summary>
    /// The catalog and where it lives (<see cref="CatalogOptions"/>, validated on start): the chosen <see cref="ICatalogStore"/>
    /// (<see cref="SqliteCatalogStore"/> at <c>Catalog:StorePath</c>, <see cref="PostgresCatalogStore"/> on
    /// <c>Catalog:StoreConnectionString</c> or <c>ConnectionStrings:Shared</c>, or in memory) with its import ledger, the
    /// <see cref="CatalogFolderImporter"/>, and the <see cref="ICatalogProvider"/>: <see cref="StoreCatalogProvider"/>
    /// (seeding or importing <c>Catalog:Directory</c> before its first load) for <c>Source=store</c>,
    /// <see cref="MirroredFileCatalogProvider"/> for <c>Source=files</c>.
    /// </summary>
    public static IServiceCollection AddCatalogStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<CatalogOptions>().Bind(configuration.GetSection(CatalogOptions.Section)).ValidateDataAnnotations()
            .PostConfigure(o =>
            {
                if (string.IsNullOrWhiteSpace(o.StoreConnectionString)) o.StoreConnectionString = configuration.GetConnectionString("Shared");
                // the start-up snapshot lives beside the vector index unless configured
                o.SnapshotDirectory ??= configuration["Retrieval:IndexDirectory"] ?? "data/index";
            })
            .Validate(o => o.Store != "postgres" || IsConnectionString(o.StoreConnectionString),
                "Catalog:StoreConnectionString (or ConnectionStrings:Shared) is required when Catalog:Store is postgres, as a valid Npgsql connection string.")
            .ValidateOnStart();

        services.AddSingleton<ICatalogStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CatalogOptions>>().Value;
            var time = sp.GetRequiredService<TimeProvider>();
            return options.Store switch
            {
                "postgres" => new PostgresCatalogStore(options.StoreConnectionString!, time),
                "memory" => new InMemoryCatalogStore(time),
                _ => new SqliteCatalogStore(sp.GetRequiredService<RepositoryRoot>().Resolve(options.StorePath), time),
            };
        });
        services.AddSingleton<ICatalogImportLedger>(sp => sp.GetRequiredService<ICatalogStore>() as ICatalogImportLedger ?? new InMemoryImportLedger());
        services.AddSingleton<CatalogFolderImporter>();
        services.AddSingleton<CatalogExporter>();
        services.AddSingleton<FileCatalogProvider>();
        services.AddSingleton(sp =>
        {
            var importer = sp.GetRequiredService<CatalogFolderImporter>();
            var directory = Directory(sp);
            var snapshotDirectory = sp.GetRequiredService<IOptions<CatalogOptions>>().Value.SnapshotDirectory;
            return new StoreCatalogProvider(sp.GetRequiredService<ICatalogStore>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<StoreCatalogProvider>>(),
                ct => importer.StartAsync(directory, ct),
                string.IsNullOrEmpty(snapshotDirectory) ? null : new CatalogSnapshot(sp.GetRequiredService<RepositoryRoot>().Resolve(snapshotDirectory)));
        });
        services.AddSingleton<ICatalogProvider>(sp => sp.GetRequiredService<IOptions<CatalogOptions>>().Value.Source == "files"
            ? new MirroredFileCatalogProvider(sp.GetRequiredService<FileCatalogProvider>(), sp.GetRequiredService<CatalogFolderImporter>(), Directory(sp),
                sp.GetRequiredService<ILogger<MirroredFileCatalogProvider>>())
            : sp.GetRequiredService<StoreCatalogProvider>());
        return services;
    }

    private static string Directory(IServiceProvider sp) =>
        sp.GetRequiredService<RepositoryRoot>().Resolve(sp.GetRequiredService<IOptions<CatalogOptions>>().Value.Directory);

    private static bool IsConnectionString(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        try
        {
            _ = new NpgsqlConnectionStringBuilder(text);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
