using MetricAssistant.Understanding.Examples;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Time;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Understanding.Tests.Examples;

/// <summary>
/// The nearest example is found by counting only the examples that have one of the key's rarest pairs; the result
/// must be exactly that of counting every example sharing any pair (kept here as the reference), for the catalog's
/// typical questions, many generated ones, and keys near and far from them, at several minimum similarities.
/// </summary>
public sealed class ExampleBookNearestTests
{
    [Fact]
    public void The_nearest_example_is_the_one_counting_every_shared_pair_finds()
    {
        var keys = new ExampleKeys(new CatalogLexicon(TestRepository.Catalog), new TimeExpressionResolver(useRecognizers: false));
        var random = new Random(3);
        const string letters = "上个月的销售额订单数客单价退款率会员新增华东区天猫取消付款多少钱人均平均每单gmvordersrefundrate";
        var wordings = TestRepository.Catalog.Metrics.Values.SelectMany(m => m.TypicalQuestions).ToList();
        for (var n = 0; n < 2000; n++) wordings.Add(new string(Enumerable.Range(0, 4 + random.Next(10)).Select(_ => letters[random.Next(letters.Length)]).ToArray()));
        var examples = wordings.Select((w, i) => new QuestionExample(w, [$"m{i % 37}"])).ToList();
        var book = ExampleBook.Build(examples, keys);
        var built = examples.Select(e => (Key: keys.Of(e.Wording), Example: e)).Where(x => x.Key.Length >= ExampleKeys.MinLength)
            .GroupBy(x => x.Key).Select(g => g.Last()).ToList();
        var found = 0;
        foreach (var wording in wordings.Take(400).Concat(wordings.Take(400).Select(w => w.Length > 3 ? w.Remove(random.Next(w.Length), 1) : w + "额")))
        {
            var key = keys.Of(wording);
            foreach (var minimum in new[] { 0.5, 0.75, 0.9 })
            {
                var expected = Reference(built, key, minimum);
                var actual = book.Nearest(key, minimum);
                Assert.Equal(expected?.Example.Wording, actual?.Example.Wording);
                Assert.Equal(expected?.Similarity, actual?.Similarity);
                if (actual is not null) found++;
            }
        }
        Assert.True(found > 500, $"only {found} found");
    }

    // Every example sharing a pair, counted, in the book's order (first wins a tie).
    private static (QuestionExample Example, double Similarity)? Reference(List<(string Key, QuestionExample Example)> built, string key, double minimum)
    {
        if (key.Length < ExampleKeys.MinLength) return null;
        var pairs = Pairs(key);
        (QuestionExample Example, double Similarity)? best = null;
        foreach (var (other, example) in built)
        {
            var theirs = Pairs(other);
            var count = pairs.Count(theirs.Contains);
            if (count == 0) continue;
            var similarity = 2.0 * count / (pairs.Count + theirs.Count);
            if (similarity >= minimum && (best is null || similarity > best.Value.Similarity)) best = (example, similarity);
        }
        return best;
    }

    private static HashSet<int> Pairs(string key)
    {
        var pairs = new HashSet<int>();
        for (var i = 0; i + 1 < key.Length; i++) pairs.Add(key[i] << 16 | key[i + 1]);
        return pairs;
    }
}
