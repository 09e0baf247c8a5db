using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Tests.Reach;

/// <summary>
/// The one deprecation rule: a deprecated metric is answered by the first published metric along its
/// replaced_by chain; none when the chain ends in an unknown or unpublished metric or loops.
/// </summary>
public sealed class SuccessorTests
{
    private static MetricDefinition Gmv => CatalogReachTests.Catalog.Metrics["gmv"];

    private static MetricDefinition Deprecated(string id, string? replacedBy) =>
        Gmv with { Id = id, Status = MetricStatus.Deprecated, ReplacedBy = replacedBy, Official = false };

    [Fact]
    public void A_deprecated_metric_is_answered_by_its_published_replacement()
    {
        var catalog = CatalogReachTests.With(Deprecated("legacy", "gmv"));
        Assert.Equal("gmv", catalog.SuccessorOf("legacy")?.Id);
        Assert.Same(catalog.Metrics["gmv"], catalog.Reach.For("legacy")!.Successor);
    }

    [Fact]
    public void A_chain_of_replacements_is_followed_to_the_first_published_metric()
    {
        var catalog = CatalogReachTests.With(Deprecated("oldest", "older"), Deprecated("older", "legacy"), Deprecated("legacy", "gmv"));
        Assert.Equal("gmv", catalog.SuccessorOf("oldest")?.Id);
        Assert.Equal("gmv", catalog.SuccessorOf("older")?.Id);
    }

    [Fact]
    public void A_chain_that_loops_has_no_successor()
    {
        var catalog = CatalogReachTests.With(Deprecated("a", "b"), Deprecated("b", "a"), Deprecated("self", "self"));
        Assert.Null(catalog.SuccessorOf("a"));
        Assert.Null(catalog.SuccessorOf("b"));
        Assert.Null(catalog.SuccessorOf("self"));
    }

    [Fact]
    public void A_chain_ending_in_an_unpublished_or_unknown_metric_has_no_successor()
    {
        var catalog = CatalogReachTests.With(
            Gmv with { Id = "draft", Status = MetricStatus.Draft, Official = false }, Deprecated("to_draft", "draft"),
            Deprecated("to_nothing", "nothing"), Deprecated("without", null), Deprecated("via_draft", "to_draft"));
        Assert.Null(catalog.SuccessorOf("to_draft"));
        Assert.Null(catalog.SuccessorOf("to_nothing"));
        Assert.Null(catalog.SuccessorOf("without"));
        Assert.Null(catalog.SuccessorOf("via_draft"));
    }

    [Fact]
    public void Metrics_that_are_not_deprecated_have_no_successor()
    {
        var catalog = CatalogReachTests.With(Gmv with { Id = "draft", Status = MetricStatus.Draft, ReplacedBy = "gmv" });
        Assert.Null(catalog.SuccessorOf("gmv"));
        Assert.Null(catalog.SuccessorOf("draft"));
        Assert.Null(catalog.SuccessorOf("unknown"));
    }
}
