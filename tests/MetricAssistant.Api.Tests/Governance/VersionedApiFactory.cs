using MetricAssistant.Application.Governance;
using MetricAssistant.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MetricAssistant.Api.Tests.Governance;

/// <summary>The service with a catalog store seeded with the repository's catalog and gmv's earlier versions (v1, v2, then v3).</summary>
public sealed class VersionedApiFactory : ApiFactoryBase
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<ICatalogStore>();
            services.AddSingleton<ICatalogStore>(sp => CatalogStoreSeeding.WithGmvHistoryAsync(sp.GetRequiredService<TimeProvider>()).GetAwaiter().GetResult());
        });
    }
}
