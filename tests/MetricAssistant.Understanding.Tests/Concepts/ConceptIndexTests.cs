using MetricAssistant.Catalog.Model;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Concepts;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// The scorer ranks through its concept → metrics index (only metrics sharing a concept with the question
/// are scored); the result must be exactly what scoring every metric one by one gives, on the demo catalog
/// and on a generated catalog where many metrics share one profile and tie.
/// </summary>
public class ConceptIndexTests
{
    [Fact]
    public void The_index_ranks_the_demo_catalog_as_scoring_every_metric_does() => AssertSameAsPlain(TestRepository.Catalog);

    [Fact]
    public void The_index_ranks_a_generated_catalog_as_scoring_every_metric_does() => AssertSameAsPlain(Generated(TestRepository.Catalog, copies: 30));

    [Fact]
    public void A_limited_ranking_is_the_head_of_the_full_one()
    {
        var catalog = Generated(TestRepository.Catalog, copies: 30);
        var scorer = new ConceptScorer(catalog, ConceptVocabulary.Default);
        foreach (var question in Questions())
        {
            var full = scorer.Rank(question, sharing: true);
            foreach (var limit in new[] { 1, 6, 50 })
                Assert.Equal(full.Take(limit), scorer.Rank(question, sharing: true, limit: limit));
        }
    }

    [Fact]
    public void A_ranking_by_profile_filter_is_the_ranking_of_the_metrics_it_keeps()
    {
        foreach (var catalog in new[] { TestRepository.Catalog, Generated(TestRepository.Catalog, copies: 30) })
        {
            var scorer = new ConceptScorer(catalog, ConceptVocabulary.Default);
            var filters = new Func<string, bool>[]
            {
                id => scorer.ConceptsOf(id)?.Contains(ConceptVocabulary.Money) == true && catalog.Signatures.For(id)?.Shape != SignatureShape.AveragePer,
                id => catalog.Signatures.For(id)?.Shape == SignatureShape.Share && scorer.NumeratorOnly(id).Count > 0,
                id => scorer.ConceptsOf(id)?.Contains(ConceptVocabulary.Count) == true,
                _ => true,
                _ => false,
            };
            var compared = 0;
            foreach (var question in Questions())
            {
                foreach (var keep in filters)
                {
                    var kept = catalog.Signatures.All.Select(s => s.MetricId).Where(keep).ToArray();
                    Assert.Equal(kept.Any(id => scorer.ConceptsOf(id) is not null), scorer.Any(keep));
                    foreach (var limit in new[] { 6, int.MaxValue })
                    {
                        Assert.Equal(scorer.Rank(question, kept, sharing: true, limit: limit), scorer.Rank(question, keep, sharing: true, limit: limit));
                        Assert.Equal(scorer.Rank(question, kept, sharing: false, limit: limit), scorer.Rank(question, keep, sharing: false, limit: limit));
                        compared++;
                    }
                }
            }
            Assert.True(compared > 1000);
        }
    }

    [Fact]
    public void The_metrics_having_concepts_are_the_published_metrics_whose_concepts_include_them()
    {
        foreach (var catalog in new[] { TestRepository.Catalog, Generated(TestRepository.Catalog, copies: 3) })
        {
            var scorer = new ConceptScorer(catalog, ConceptVocabulary.Default);
            var ids = catalog.Signatures.All.Select(s => s.MetricId).ToArray();
            var concepts = ids.SelectMany(id => scorer.ConceptsOf(id) ?? new HashSet<string>()).Distinct().Order(StringComparer.Ordinal).ToArray();
            var asked = concepts.Select(c => new[] { c }).Concat(concepts.Zip(concepts.Skip(1), (a, b) => new[] { a, b }))
                .Append(["cancelled", ConceptVocabulary.Count]).Append(["no_such_concept"]).Append([ConceptVocabulary.Money, "no_such_concept"]);
            foreach (var having in asked)
            {
                var plain = ids.Where(id => scorer.ConceptsOf(id) is { } own && having.All(own.Contains)).Order(StringComparer.Ordinal);
                Assert.Equal(plain, scorer.Having(having).Order(StringComparer.Ordinal));
            }
        }
    }

    private static void AssertSameAsPlain(SemanticCatalog catalog)
    {
        var scorer = new ConceptScorer(catalog, ConceptVocabulary.Default);
        var every = catalog.Metrics.Keys.ToArray();
        var nonEmpty = 0;
        foreach (var question in Questions())
        {
            foreach (var sharing in new[] { false, true })
            {
                var indexed = scorer.Rank(question, sharing: sharing);
                Assert.Equal(scorer.Rank(question, every, sharing), indexed);
                if (indexed.Count > 0) nonEmpty++;
            }
        }
        Assert.True(nonEmpty > 100, $"only {nonEmpty} non-empty rankings compared");
    }

    /// <summary>Every concept alone, every pair, and seeded triples.</summary>
    private static IEnumerable<IReadOnlySet<string>> Questions()
    {
        var names = ConceptVocabulary.Default.Names.Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < names.Length; i++)
        {
            yield return Set(names[i]);
            for (var j = i + 1; j < names.Length; j++) yield return Set(names[i], names[j]);
        }
        var random = new Random(7);
        for (var n = 0; n < 300; n++) yield return Set(names[random.Next(names.Length)], names[random.Next(names.Length)], names[random.Next(names.Length)]);
    }

    private static HashSet<string> Set(params string[] concepts) => concepts.ToHashSet(StringComparer.Ordinal);

    /// <summary>The demo metrics and <paramref name="copies"/> copies of each (same definitions, new ids, official or not).</summary>
    internal static SemanticCatalog Generated(SemanticCatalog demo, int copies)
    {
        var metrics = new Dictionary<string, MetricDefinition>(demo.Metrics, StringComparer.Ordinal);
        var random = new Random(11);
        foreach (var metric in demo.Metrics.Values)
            for (var c = 0; c < copies; c++)
                metrics[$"{metric.Id}_copy{c:D2}"] = metric with { Id = $"{metric.Id}_copy{c:D2}", Official = random.Next(3) == 0, Family = null };
        return demo with { Metrics = metrics, ContentHash = "generated".PadRight(64, '0') };
    }
}
