using Microsoft.Extensions.FileProviders;

namespace MetricAssistant.Api.Portal;

/// <summary>The browser portal: the static files of wwwroot (copied next to the assembly), index.html at "/".</summary>
public static class PortalExtensions
{
    public static WebApplication UsePortal(this WebApplication app)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (!Directory.Exists(root)) return app;
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // The portal is small and changes with the service: always revalidate.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
        return app;
    }
}
