using MetricAssistant.Catalog.Model;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Concepts;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// The scorer works a concept profile out once per distinct signature content: signatures equal in content must be
/// those whose profiles are equal, and a signature differing in anything a profile is made of must not be taken for another.
/// </summary>
public class SignatureContentTests
{
    private static readonly SignatureContentComparer Content = SignatureContentComparer.Instance;

    [Fact]
    public void Signatures_of_equal_content_have_equal_profiles()
    {
        var catalog = ConceptIndexTests.Generated(TestRepository.Catalog, copies: 3);
        var scorer = new ConceptScorer(catalog, ConceptVocabulary.Default);
        var published = catalog.Signatures.All.Where(s => catalog.Metrics[s.MetricId].IsPublished).ToList();
        var pairs = 0;
        foreach (var a in published)
        {
            foreach (var b in published.Where(b => Content.Equals(a, b)))
            {
                Assert.Equal(Content.GetHashCode(a), Content.GetHashCode(b));
                Assert.Equal(scorer.ConceptsOf(a.MetricId)!.Order(), scorer.ConceptsOf(b.MetricId)!.Order());
                Assert.Equal(scorer.NumeratorOnly(a.MetricId).Order(), scorer.NumeratorOnly(b.MetricId).Order());
                Assert.Equal(scorer.DenominatorOnly(a.MetricId).Order(), scorer.DenominatorOnly(b.MetricId).Order());
                if (a.MetricId != b.MetricId) pairs++;
            }
        }
        Assert.True(pairs > 0, "the generated copies share content with their originals");
    }

    [Fact]
    public void Anything_a_profile_is_made_of_tells_signatures_apart_and_nothing_else_does()
    {
        var ratio = TestRepository.Catalog.Signatures.All.First(s => s.Numerator is not null && s.Denominator is not null);
        Assert.True(Content.Equals(ratio, ratio with { MetricId = "other", Better = BetterDirection.Lower, Excluded = ["cancelled"] }));
        Assert.Equal(Content.GetHashCode(ratio), Content.GetHashCode(ratio with { MetricId = "other" }));
        foreach (var changed in new[]
                 {
                     ratio with { Shape = SignatureShape.Derived },
                     ratio with { Subjects = [.. ratio.Subjects, "extra"] },
                     ratio with { States = [.. ratio.States, "extra"] },
                     ratio with { Declared = [.. ratio.Declared, "extra"] },
                     ratio with { Defining = [.. ratio.Defining, "extra"] },
                     ratio with { Numerator = ratio.Numerator! with { States = [.. ratio.Numerator.States, "extra"] } },
                     ratio with { Denominator = null },
                 })
            Assert.False(Content.Equals(ratio, changed));
    }
}
