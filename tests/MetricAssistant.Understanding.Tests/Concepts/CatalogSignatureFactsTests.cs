using MetricAssistant.Catalog.Model;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Concepts;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// The one walk of a catalog's signatures gathers what each reading used to gather on its own: every fact equals the set the
/// reading's own walk made (written out here as it was), on the demo catalog and on a generated one of copies.
/// </summary>
public class CatalogSignatureFactsTests
{
    public static TheoryData<int> Copies => [0, 2];

    [Theory]
    [MemberData(nameof(Copies))]
    public void Each_fact_is_the_set_its_reading_walked_for(int copies)
    {
        var catalog = copies == 0 ? TestRepository.Catalog : ConceptIndexTests.Generated(TestRepository.Catalog, copies);
        var vocabulary = ConceptVocabulary.Default;
        var facts = new CatalogSignatureFacts(catalog, vocabulary);
        var parts = catalog.Signatures.All.SelectMany(s => new[] { s, s.Numerator, s.Denominator }).OfType<MetricSignature>().ToList();
        var published = catalog.Signatures.All.Where(s => catalog.FindMetric(s.MetricId) is { IsPublished: true }).ToList();

        var counted = parts.Where(s => s.Shape is SignatureShape.Count or SignatureShape.DistinctCount).SelectMany(s => s.Subjects).Select(vocabulary.ConceptOf).ToHashSet();
        Assert.True(facts.Counted.SetEquals(counted));
        Assert.True(facts.UncountedStates.SetEquals(parts.SelectMany(s => s.States.Concat(s.Excluded)).Select(vocabulary.ConceptOf).Where(c => !counted.Contains(c))));
        Assert.True(facts.OfMoney.SetEquals(parts.Where(s => s.Shape == SignatureShape.Sum && s.Subjects.Contains(ConceptVocabulary.Money)).SelectMany(s => s.Words).Select(vocabulary.ConceptOf)));
        Assert.True(facts.AnyStates.SetEquals(parts.SelectMany(s => s.States.Concat(s.Excluded))));
        Assert.True(facts.MetricStates.SetEquals(catalog.Signatures.All.SelectMany(s => s.States)));
        Assert.True(facts.Subjects.SetEquals(catalog.Signatures.All.SelectMany(s => s.Subjects)));
        Assert.True(facts.PublishedConcepts.SetEquals(published.SelectMany(s => s.Words).Select(vocabulary.ConceptOf)));
        Assert.True(facts.MeasuredOrFiltered.SetEquals(published.SelectMany(s => s.Subjects.Where(vocabulary.Names.Contains).Concat(s.States).Concat(s.Declared)
                .Concat(s.Numerator?.Words ?? []).Concat(s.Denominator?.Words ?? [])
                .Where(w => vocabulary.Names.Contains(vocabulary.ConceptOf(w)) || s.States.Contains(w)).Except(s.Defining)).Select(vocabulary.ConceptOf)
            .Where(c => c != ConceptVocabulary.People && !(vocabulary.Broader.TryGetValue(c, out var general) && general.Contains(ConceptVocabulary.People)))));
        // The demo catalog has states nothing counts (paid) and things counted (orders): the sets are not trivially empty.
        Assert.NotEmpty(facts.UncountedStates);
        Assert.NotEmpty(facts.Counted);
    }
}
