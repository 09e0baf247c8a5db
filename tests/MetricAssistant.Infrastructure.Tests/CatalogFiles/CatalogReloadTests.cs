using MetricAssistant.Application.Security;
using MetricAssistant.Infrastructure.CatalogFiles;
using MetricAssistant.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Infrastructure.Tests.CatalogFiles;

/// <summary>Permissions and definitions are data: an edited catalog is used without a restart, a broken edit never replaces a good one.</summary>
public sealed class CatalogReloadTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), $"ma-catalog-{Guid.NewGuid():N}");

    public CatalogReloadTests() => Copy(Path.Combine(TestRepository.Root, "catalog"), Path.Combine(root, "catalog"));

    [Fact]
    public void A_new_row_rule_applies_without_a_restart_and_a_broken_edit_keeps_the_last_good_catalog()
    {
        var clock = new ManualClock();
        var provider = new FileCatalogProvider(Options.Create(new CatalogOptions { Directory = "catalog" }), new RepositoryRoot(root), clock, NullLogger<FileCatalogProvider>.Instance);
        var guest = new AccessEvaluator(provider.Current).DemoCaller("guest")!;
        Assert.False(new AccessEvaluator(provider.Current).CanSee(guest, "gmv"));

        var policy = Path.Combine(root, "catalog", "access", "policy.yaml");
        File.WriteAllText(policy, File.ReadAllText(policy).Replace("metrics: { tags: [public] }", "metrics: { tags: [public], metrics: [gmv] }"));
        File.SetLastWriteTimeUtc(policy, DateTime.UtcNow.AddSeconds(5));
        clock.Advance(FileCatalogProvider.CheckInterval);
        Assert.True(new AccessEvaluator(provider.Current).CanSee(guest, "gmv"));
        var good = provider.Current.ContentHash;

        File.WriteAllText(policy, "roles: [ { id: broken, metrics: { metrics: [no_such_metric] } } ]\nusers: [ { id: x, roles: [nope] } ]");
        File.SetLastWriteTimeUtc(policy, DateTime.UtcNow.AddSeconds(10));
        clock.Advance(FileCatalogProvider.CheckInterval);
        Assert.Equal(good, provider.Current.ContentHash);
    }

    private static void Copy(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories)) Directory.CreateDirectory(dir.Replace(from, to));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories)) File.Copy(file, file.Replace(from, to));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset now = DateTimeOffset.UtcNow;

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
