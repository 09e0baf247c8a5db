using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler.Queries;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Parsing;
using MetricAssistant.Understanding.Retrieval;
using MetricAssistant.Understanding.Text;
using MetricAssistant.Understanding.Time;
using MetricAssistant.Understanding.Windows;

namespace MetricAssistant.Understanding;

/// <summary>
/// The offline, deterministic reading of a question: time, then catalog terms (metrics, dimensions,
/// values), then grain, ranking and comparison; the metric is chosen from the catalog's own words first
/// and from retrieval (lexical + vector) when the question uses none of them.
/// </summary>
public sealed class QuestionUnderstanding(SemanticCatalog catalog, CatalogLexicon lexicon, ITimeResolver time, IMetricRetriever? retriever)
{
    private static readonly string[] HeadlineMetrics = ["gmv", "order_count", "aov", "visitors", "conversion_rate"];
    private readonly MetricChooser chooser = new(catalog);

    public async Task<UnderstandingResult> UnderstandAsync(string question, DateTime now, Func<string, bool>? allow, CancellationToken cancellationToken)
    {
        var text = TextNormalizer.Normalize(question);
        var language = TextNormalizer.Language(text);
        var timing = time.Resolve(text, now);
        var blocked = new bool[text.Length];
        foreach (var mention in timing.Mentions)
            Array.Fill(blocked, true, mention.Start, Math.Min(mention.Length, text.Length - mention.Start));

        var matches = LexiconScanner.Scan(lexicon, text, blocked);
        var choice = chooser.Choose(matches);
        var metrics = choice.Metrics.ToList();
        var notices = choice.Notices.ToList();
        if (metrics.Count == 0 && choice.Ambiguous.Count > 1) return UnderstandingResult.Clarify(language, Allowed(choice.Ambiguous, allow));

        if (metrics.Count == 0 && FuzzyMetric(text, blocked) is { } fuzzy)
        {
            if (fuzzy.Ambiguous.Count > 1) return UnderstandingResult.Clarify(language, Allowed(fuzzy.Ambiguous, allow));
            metrics.AddRange(fuzzy.Metrics);
            notices.AddRange(fuzzy.Notices);
        }
        if (metrics.Count == 0 && retriever is not null)
        {
            var candidates = await retriever.RetrieveAsync(text, 5, allow, cancellationToken);
            var nonMetric = matches.Any(m => m.Entries.All(e => e.Kind != TermKind.Metric));
            if (nonMetric || candidates.Count == 0 || candidates[0].Score < 0.02)
            {
                return nonMetric
                    ? UnderstandingResult.Clarify(language, Allowed(HeadlineMetrics, allow))
                    : UnderstandingResult.NotFound(language, candidates.Select(c => c.MetricId).Distinct().Take(3).ToArray());
            }
            return UnderstandingResult.NotFound(language, candidates.Select(c => c.MetricId).Distinct().Take(3).ToArray());
        }
        if (metrics.Count == 0)
        {
            return matches.Count > 0
                ? UnderstandingResult.Clarify(language, Allowed(HeadlineMetrics, allow))
                : UnderstandingResult.NotFound(language, []);
        }

        var ranking = RankingDetector.Detect(text);
        var slices = SliceParser.Parse(text, matches.Where(m => m.Entries.All(e => e.Kind != TermKind.Metric)).ToList(), ranking is not null);
        var grainRequest = GrainDetector.Detect(text);
        var (compare, _) = ComparisonDetector.Detect(text);
        compare ??= timing.ImpliedComparison;

        var range = timing.Range;
        if (range is null)
        {
            var window = catalog.Metrics[metrics[0]].DefaultWindow;
            range = DefaultWindows.Resolve(window, DateOnly.FromDateTime(now)) ?? DefaultWindows.Resolve("last_month", DateOnly.FromDateTime(now))!;
            notices.Add($"default_window:{window}");
        }
        var grain = grainRequest.Grain ?? (grainRequest.UnitlessTrend ? (range.Days <= 31 ? TimeGrain.Day : TimeGrain.Month) : null);

        IReadOnlyList<QueryOrder> order = [];
        int? limit = null;
        if (slices.GroupBy.Count > 0 && grain is null)
        {
            order = [new QueryOrder(metrics[0], ranking?.Desc ?? true)];
            limit = ranking?.Limit;
        }
        var query = new SemanticQuery(metrics, slices.GroupBy, slices.Filters, range, grain, order, limit, compare);
        return new UnderstandingResult(UnderstandingOutcome.Query, language, query, [], notices);
    }

    /// <summary>English words a letter or two away from a metric's English name ("convertion rate", "reveune").</summary>
    private MetricChoice? FuzzyMetric(string text, bool[] blocked)
    {
        var words = System.Text.RegularExpressions.Regex.Matches(text, "[a-z]+").Where(m => !blocked[m.Index]).Select(m => m.Value).ToArray();
        MetricChoice? best = null;
        var bestDistance = int.MaxValue;
        for (var n = 3; n >= 1; n--)
        {
            for (var i = 0; i + n <= words.Length; i++)
            {
                var phrase = string.Join(' ', words, i, n);
                if (phrase.Length < 4) continue;
                foreach (var term in lexicon.Terms.Where(t => t.Length >= 4 && t.All(c => c is >= 'a' and <= 'z' or ' ') && Math.Abs(t.Length - phrase.Length) <= 2))
                {
                    var allowed = term.Length >= 8 ? 2 : 1;
                    var distance = Levenshtein(phrase, term, allowed);
                    if (distance > allowed || distance >= bestDistance) continue;
                    var chosen = chooser.Choose([new TermMatch(0, term.Length, term, lexicon.Lookup(term))]);
                    if (chosen.Metrics.Count == 0 && chosen.Ambiguous.Count == 0) continue;
                    best = chosen;
                    bestDistance = distance;
                }
            }
            if (best is not null) return best;
        }
        return best;
    }

    private static int Levenshtein(string a, string b, int cap)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > cap) return cap + 1;
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    private static IReadOnlyList<string> Allowed(IEnumerable<string> ids, Func<string, bool>? allow) =>
        ids.Where(id => allow is null || allow(id)).ToArray();
}
