using MetricAssistant.Application.Security;
using MetricAssistant.Infrastructure.Groups;
using MetricAssistant.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Infrastructure.Tests.Groups;

/// <summary>Directory:* chooses the source and is validated on start.</summary>
public sealed class DirectoryOptionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings, Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(new RepositoryRoot(TestRepository.Root));
        more?.Invoke(services);
        services.AddDirectoryGroups(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider();
    }

    private static string Problems(Dictionary<string, string?> settings) =>
        Assert.Throws<OptionsValidationException>(() => Build(settings).GetRequiredService<IOptions<DirectoryOptions>>().Value).Message;

    [Fact]
    public void None_is_the_default_and_configures_nothing()
    {
        using var provider = Build([]);
        Assert.IsType<NoDirectoryGroups>(provider.GetRequiredService<IDirectoryGroups>());
    }

    [Theory]
    [InlineData("Source", "ldap", "Directory:Source must be one of none, file, graph, not 'ldap'")]
    [InlineData("Source", "file", "Directory:FilePath is required")]
    [InlineData("Source", "graph", "Directory:Graph:TenantId, ClientId and ClientSecret are required")]
    [InlineData("CacheMinutes", "-1", "CacheMinutes")]
    public void Bad_settings_are_refused_on_start(string key, string value, string says) =>
        Assert.Contains(says, Problems(new() { [$"Directory:{key}"] = value }));

    [Fact]
    public void A_plain_http_graph_address_off_loopback_is_refused()
    {
        Assert.Contains("must be an absolute https URL", Problems(new()
        {
            ["Directory:Source"] = "graph", ["Directory:Graph:BaseUrl"] = "http://graph.example.com/v1.0",
            ["Directory:Graph:TenantId"] = "t", ["Directory:Graph:ClientId"] = "c", ["Directory:Graph:ClientSecret"] = "s",
        }));
    }

    [Fact]
    public async Task File_and_graph_sources_are_built_from_settings_behind_the_cache()
    {
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "dir.json");
        await File.WriteAllTextAsync(path, """{ "users": { "u1": ["g-1"] } }""");
        using (var provider = Build(new() { ["Directory:Source"] = "file", ["Directory:FilePath"] = path }))
        {
            var directory = provider.GetRequiredService<IDirectoryGroups>();
            Assert.IsType<CachedDirectoryGroups>(directory);
            Assert.Equal(["g-1"], (await directory.GroupsOfAsync("u1", CancellationToken.None)).GroupIds);
        }

        await using var graph = await GraphLoopbackServer.StartAsync();
        graph.Pages["u1"] = [[("#microsoft.graph.group", "g-9", "Nine")]];
        var credential = new StaticTokenCredential("t");
        using (var provider = Build(new() { ["Directory:Source"] = "graph", ["Directory:Graph:BaseUrl"] = graph.BaseUrl },
                   s => s.AddSingleton<Azure.Core.TokenCredential>(credential)))
        {
            var directory = provider.GetRequiredService<IDirectoryGroups>();
            Assert.Equal(["g-9"], (await directory.GroupsOfAsync("u1", CancellationToken.None)).GroupIds);
        }
    }
}
