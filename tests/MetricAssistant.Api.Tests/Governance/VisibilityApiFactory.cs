using MetricAssistant.Application.Governance;
using MetricAssistant.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MetricAssistant.Api.Tests.Governance;

/// <summary>The service on <see cref="VisibilityCatalog"/>: published definitions (gmv by tag, gross_margin by flag) and a draft (new_customers).</summary>
public sealed class VisibilityApiFactory : ApiFactoryBase
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<ICatalogStore>();
            services.AddSingleton<ICatalogStore>(sp => VisibilityCatalog.StoreAsync(sp.GetRequiredService<TimeProvider>()).GetAwaiter().GetResult());
        });
    }
}
