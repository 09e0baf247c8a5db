using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Retrieval;

/// <summary>
/// Search-box suggestions: metrics (Kind "metric", their name in the language of what matched, with the
/// official flag) and typical questions (Kind "question"), completing names, synonyms (deprecated ones lead to
/// their replacement) and questions of published metrics; lexical matches fill in when completions run short.
/// Immutable and thread-safe.
/// </summary>
internal sealed class MetricSuggester
{
    private readonly MetricTargetTable table;
    private readonly LexicalMetricChannel lexical;
    // Built off the start-up path: a question never needs it, and over a large catalog sorting the suffixes takes
    // seconds of CPU a starting replica needs for its reader. PrepareAsync builds it in the background (the service
    // calls it once it is warm); the first completion waits if it is not ready yet.
    private readonly Lazy<SuggestionIndex> suggestions;

    public MetricSuggester(MetricTargetTable table, LexicalMetricChannel lexical)
    {
        this.table = table;
        this.lexical = lexical;
        var documents = table.Documents;
        suggestions = new Lazy<SuggestionIndex>(() => new SuggestionIndex(lexical.IndexDocuments
            .Where(i => RetrievalDocumentFields.IsName(documents[i].Field) || (documents[i].Field == RetrievalDocumentFields.Question && !documents[i].IsDeprecated))
            .Select(i => (i, documents[i].Text)).ToList()), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Builds the completion index on a pool thread (nothing to do once built); a failure surfaces again on the first completion, through the Lazy.</summary>
    public Task PrepareAsync() => suggestions.IsValueCreated ? Task.CompletedTask : Task.Run(() => _ = suggestions.Value);

    /// <summary>Whether the completion index has been built.</summary>
    public bool IsPrepared => suggestions.IsValueCreated;

    /// <summary>Suffixes in the completion index (waits for its build).</summary>
    public int SuffixCount => suggestions.Value.SuffixCount;

    /// <summary>
    /// Suggestions for text typed so far (already truncated): the beginning of a name, synonym or question, a later
    /// English word, or any part of Chinese text. When that finds fewer than <paramref name="top"/>, lexical
    /// matches of the whole text fill in (scored lower).
    /// </summary>
    public IReadOnlyList<SearchSuggestion> Suggest(string text, int top, Func<string, bool>? allow)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length == 0) return [];
        var documents = table.Documents;
        var documentTarget = table.DocumentTarget;
        var targets = table.Targets;

        var bestMetric = new Dictionary<int, (float Score, int Document)>();
        var bestQuestion = new Dictionary<string, (float Score, int Document)>(StringComparer.Ordinal);
        foreach (var match in suggestions.Value.Find(normalized))
        {
            var d = documents[match.Document];
            var target = documentTarget[match.Document];
            if (target < 0) continue;
            if (d.Field == RetrievalDocumentFields.Question)
            {
                var score = match.Score + (targets[target].Official ? 0.02f : 0f);
                if (!bestQuestion.TryGetValue(match.Key, out var q) || score > q.Score) bestQuestion[match.Key] = (score, match.Document);
            }
            else
            {
                // a metric outranks a question matched as well; an old (deprecated) name a little less
                var score = match.Score + 0.05f + (targets[target].Official ? 0.02f : 0f) - (d.IsDeprecated ? 0.1f : 0f);
                if (!bestMetric.TryGetValue(target, out var m) || score > m.Score) bestMetric[target] = (score, match.Document);
            }
        }

        // Rank first, then check allow and build suggestions only for as many as are needed.
        var ranked = new List<(float Score, bool Metric, int Target, int Document)>(bestMetric.Count + bestQuestion.Count);
        foreach (var (target, (score, document)) in bestMetric) ranked.Add((score, true, target, document));
        foreach (var (_, (score, document)) in bestQuestion) ranked.Add((score, false, documentTarget[document], document));
        ranked.Sort((a, b) =>
        {
            if (a.Score != b.Score) return b.Score.CompareTo(a.Score);
            if (a.Metric != b.Metric) return a.Metric ? -1 : 1;
            var byLength = documents[a.Document].Text.Length.CompareTo(documents[b.Document].Text.Length);
            return byLength != 0 ? byLength : a.Document.CompareTo(b.Document);
        });

        var allowed = new Dictionary<int, bool>();
        bool Allowed(int target)
        {
            if (allow is null) return true;
            if (!allowed.TryGetValue(target, out var ok)) allowed[target] = ok = allow(targets[target].Id);
            return ok;
        }

        var result = new List<SearchSuggestion>(top);
        foreach (var (score, metric, target, document) in ranked)
        {
            if (result.Count == top) break;
            if (!Allowed(target)) continue;
            var t = targets[target];
            result.Add(metric
                ? new SearchSuggestion("metric", t.DisplayName(documents[document].Text), t.Id, t.Official, score)
                : new SearchSuggestion("question", documents[document].Text, t.Id, t.Official, score));
        }

        if (result.Count < top && normalized.Length >= 2)
        {
            // fewer completions than asked: lexical matches of the whole text fill in, below every completion
            var rank = 0;
            foreach (var hit in lexical.Search(normalized, top, allow))
            {
                if (result.Count == top) break;
                rank++;
                if (bestMetric.ContainsKey(hit.Target)) continue;
                var t = targets[hit.Target];
                result.Add(new SearchSuggestion("metric", t.DisplayName(normalized), t.Id, t.Official, 0.5 / (1 + rank)));
            }
        }
        return result;
    }
}
