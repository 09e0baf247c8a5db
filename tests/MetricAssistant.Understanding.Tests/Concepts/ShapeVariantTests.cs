using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Concepts;
using Xunit.Abstractions;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// A rolling, to-date or growth variant of a metric has the base metric's concepts and its own shape: a
/// question that says nothing of that shape is about the base, and the variants are not offered beside it.
/// </summary>
public class ShapeVariantTests(ITestOutputHelper output)
{
    [Fact]
    public void Variants_carry_the_base_concepts_and_their_own_shape()
    {
        var scorer = new ConceptScorer(TestRepository.Catalog, ConceptVocabulary.Default);
        foreach (var id in new[] { "gmv", "gmv_mtd", "gmv_rolling_7d", "gmv_ytd", "gmv_yoy_growth", "refund_amount" })
            output.WriteLine($"{id}: {string.Join(",", scorer.ConceptsOf(id)!.Order())}");
        var gmv = scorer.ConceptsOf("gmv")!;
        Assert.Equal(gmv.Append(ConceptVocabulary.ToDate).ToHashSet(), scorer.ConceptsOf("gmv_mtd"));
        Assert.Equal(gmv.Append(ConceptVocabulary.Rolling).ToHashSet(), scorer.ConceptsOf("gmv_rolling_7d"));
    }
}
