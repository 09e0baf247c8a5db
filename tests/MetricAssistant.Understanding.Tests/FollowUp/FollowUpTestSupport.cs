using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.FollowUp;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Parsing;
using MetricAssistant.Understanding.Time;

namespace MetricAssistant.Understanding.Tests.FollowUp;

/// <summary>
/// The real catalog's reader and follow-up interpreter on one lexicon (with the English plurals the
/// service adds: "regions", "cities"), and a pinned now.
/// </summary>
internal static class FollowUpTestSupport
{
    public static readonly DateTime Now = new(2025, 7, 15, 10, 0, 0);

    private static readonly Lazy<(QuestionUnderstanding Reader, FollowUpInterpreter FollowUps)> Instances = new(() =>
    {
        var catalog = TestRepository.Catalog;
        var lexicon = new CatalogLexicon(catalog);
        foreach (var dimension in catalog.Dimensions.Values)
        {
            foreach (var word in new[] { dimension.Name.En }.Concat(dimension.Synonyms).Where(w => w.All(c => c < 128)))
                lexicon.Add(word.EndsWith('y') ? word[..^1] + "ies" : word + "s", new LexiconEntry(TermKind.Dimension, dimension.Id));
        }
        var time = new TimeExpressionResolver();
        // The time rules' regexes carry a match timeout that a cold first call (JIT) can exceed, losing
        // the range of whichever question comes first; one warm-up call keeps the comparisons fair.
        foreach (var warm in new[] { "2025年各区域的订单数", "gmv by region in q1 2025" }) time.Resolve(warm, Now);
        return (new QuestionUnderstanding(catalog, lexicon, time, null), new FollowUpInterpreter(catalog, lexicon, time));
    });

    public static UnderstandingResult Understand(string question) =>
        Instances.Value.Reader.UnderstandAsync(question, Now, null, CancellationToken.None).GetAwaiter().GetResult();

    public static SemanticQuery Query(string question)
    {
        var result = Understand(question);
        Assert.True(result.Outcome == UnderstandingOutcome.Query, $"'{question}' was not understood as a query: {result.Outcome}");
        return result.Query!;
    }

    public static FollowUpResult? Continue(SemanticQuery previous, string question, RankingEnd? previousRanking = null, IReadOnlyList<string>? earlierSplits = null) =>
        Instances.Value.FollowUps.Interpret(question, Understand(question), previous, Now, previousRanking, earlierSplits);

    /// <summary>
    /// Each question in turn, each a follow-up of the one before (with the ranking end it asked for and the splits the
    /// conversation had, as a conversation keeps them); the last result.
    /// </summary>
    public static FollowUpResult Chain(string first, params string[] followUps)
    {
        var query = Query(first);
        var ranking = Understand(first).Ranking;
        var splits = query.GroupBy.ToList();
        FollowUpResult? result = null;
        foreach (var question in followUps)
        {
            result = Continue(query, question, ranking, splits);
            Assert.True(result is not null, $"'{question}' was not read as a follow-up");
            (query, ranking) = (result.Query, result.Ranking);
            splits.AddRange(query.GroupBy.Where(d => !splits.Contains(d)));
        }
        return result!;
    }
}
