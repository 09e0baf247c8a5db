using Xunit.Abstractions;
using MetricAssistant.Understanding.Concepts;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

public class ProbeTests(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        var catalog = TestRepository.Catalog;
        var vocabulary = ConceptVocabulary.Default;
        var reader = new ConceptReader(catalog, vocabulary);
        var scorer = new ConceptScorer(catalog, vocabulary);
        foreach (var s in catalog.Signatures.All)
            output.WriteLine($"{s.MetricId} {s.Shape} [{string.Join(",", scorer.ConceptsOf(s.MetricId) ?? new HashSet<string>())}]");
        foreach (var q in File.ReadAllLines("/tmp/h12sig/probe.txt"))
        {
            var text = MetricAssistant.Understanding.Text.TextNormalizer.Normalize(q);
            var reading = reader.Read(text, new bool[text.Length]);
            var r = FollowUpTestSupport.Understand(q);
            output.WriteLine($"{q} => {r.Outcome} {string.Join(",", r.Query?.Metrics ?? r.Alternatives)} | concepts {string.Join(",", reading.Concepts)} | {string.Join(" ", scorer.Rank(reading.Concepts).Take(4).Select(x => $"{x.MetricId}:{x.Score}"))}");
        }
    }
}
