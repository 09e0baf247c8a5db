using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Governance;
using MetricAssistant.Infrastructure.CatalogFiles;
using MetricAssistant.Infrastructure.Governance.Store;
using MetricAssistant.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Infrastructure.Tests.Governance.Store;

/// <summary>Catalog options chosen by settings alone, and refused with a clear message when unusable.</summary>
public sealed class CatalogStoreCompositionTests : IDisposable
{
    private readonly TempDirectory folder = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        settings.TryAdd("Catalog:Directory", Path.Combine(TestRepository.Root, "catalog"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddSingleton(new RepositoryRoot(folder.Path));
        services.AddCatalogStore(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public async Task By_default_the_store_is_sqlite_under_the_root_and_serves_the_seeded_catalog()
    {
        await using var services = Build([]);
        var store = Assert.IsType<SqliteCatalogStore>(services.GetRequiredService<ICatalogStore>());
        Assert.Equal(Path.Combine(folder.Path, "data", "catalog.db"), store.Path);
        var provider = Assert.IsType<StoreCatalogProvider>(services.GetRequiredService<ICatalogProvider>());
        Assert.Equal(TestRepository.Catalog.Metrics.Count, provider.Current.Metrics.Count);
        Assert.True(await store.HeadAsync(CancellationToken.None) > 0);
    }

    [Fact]
    public async Task Files_mode_serves_the_folder_and_mirrors_it_into_the_store()
    {
        await using var services = Build(new() { ["Catalog:Source"] = "files", ["Catalog:Store"] = "memory" });
        Assert.IsType<MirroredFileCatalogProvider>(services.GetRequiredService<ICatalogProvider>());
        Assert.Equal(TestRepository.Catalog.Metrics.Count, services.GetRequiredService<ICatalogProvider>().Current.Metrics.Count);
        var store = Assert.IsType<InMemoryCatalogStore>(services.GetRequiredService<ICatalogStore>());
        Assert.Equal(["财务部 · 王敏", "财务部 · 王敏", "files"], (await store.HistoryAsync("catalog/metrics/gmv.yaml", CancellationToken.None)).Select(r => r.Author));
    }

    [Fact]
    public async Task Postgres_takes_the_shared_connection_string_when_its_own_is_empty()
    {
        await using var services = Build(new() { ["Catalog:Store"] = "postgres", ["ConnectionStrings:Shared"] = "Host=db.internal;Database=metrics" });
        Assert.Equal("Host=db.internal;Database=metrics", services.GetRequiredService<IOptions<CatalogOptions>>().Value.StoreConnectionString);
        Assert.IsType<PostgresCatalogStore>(services.GetRequiredService<ICatalogStore>());
    }

    [Theory]
    [InlineData("Catalog:Store", "sqllite", "Catalog:Store must be sqlite, postgres or memory.")]
    [InlineData("Catalog:Source", "git", "Catalog:Source must be store or files.")]
    [InlineData("Catalog:Store", "postgres", "Catalog:StoreConnectionString (or ConnectionStrings:Shared) is required")]
    public async Task Unusable_options_are_refused_with_a_clear_message(string key, string value, string message)
    {
        await using var services = Build(new() { [key] = value });
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<CatalogOptions>>().Value);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
