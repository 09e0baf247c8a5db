using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Tests;

/// <summary>The family index: the same metrics a walk over the catalog finds, and never another catalog's.</summary>
public class FamilyIndexTests
{
    private static readonly Lazy<SemanticCatalog> Demo = new(() => new CatalogLoader().Load(RepoPaths.Catalog).Catalog!);

    [Fact]
    public void Each_family_holds_what_a_walk_over_the_metrics_finds_in_id_order()
    {
        var catalog = Demo.Value;
        var families = catalog.Metrics.Values.Select(m => m.Family).OfType<string>().Distinct().ToList();
        Assert.Contains("gmv", families);
        foreach (var family in families)
            Assert.Equal(catalog.Metrics.Values.Where(m => m.Family == family).Select(m => m.Id).Order(StringComparer.Ordinal),
                catalog.Families.Of(family).Select(m => m.Id));
        Assert.Equal(["gmv", "gmv_net", "gmv_ordered"], catalog.Families.Of("gmv").Select(m => m.Id));
        Assert.Empty(catalog.Families.Of(null));
        Assert.Empty(catalog.Families.Of("no_such_family"));
    }

    [Fact]
    public void A_copy_with_other_metrics_has_its_own_families()
    {
        var catalog = Demo.Value;
        _ = catalog.Families.Of("gmv");
        var withoutNet = catalog with { Metrics = catalog.Metrics.Where(p => p.Key != "gmv_net").ToDictionary() };
        Assert.Equal(["gmv", "gmv_ordered"], withoutNet.Families.Of("gmv").Select(m => m.Id));
        Assert.Equal(["gmv", "gmv_net", "gmv_ordered"], catalog.Families.Of("gmv").Select(m => m.Id));
    }
}
