using MetricAssistant.Catalog.Model;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Retrieval;
using MetricAssistant.Understanding.Time;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// The chooser and the retriever follow the catalog's one deprecation rule: along a chain of
/// replacements to the first published metric, and nowhere when the chain loops.
/// </summary>
public sealed class DeprecationTests
{
    private static readonly DateTime Now = new(2025, 7, 15, 10, 0, 0);

    /// <summary>The legacy metric replaced by an older deprecated one (with no words of its own) that <paramref name="olderReplacedBy"/>.</summary>
    internal static SemanticCatalog Chained(string olderReplacedBy)
    {
        var catalog = TestRepository.Catalog;
        var legacy = catalog.Metrics["sales_amount_legacy"];
        var metrics = new Dictionary<string, MetricDefinition>(catalog.Metrics)
        {
            ["sales_amount_legacy"] = legacy with { ReplacedBy = "sales_amount_older" },
            ["sales_amount_older"] = legacy with { Id = "sales_amount_older", Name = new LocalizedText("中间口径", "Interim"), Synonyms = [], TypicalQuestions = [], ReplacedBy = olderReplacedBy },
        };
        return catalog with { Metrics = metrics };
    }

    private static Task<UnderstandingResult> UnderstandAsync(SemanticCatalog catalog, string question) =>
        new QuestionUnderstanding(catalog, new CatalogLexicon(catalog), new TimeExpressionResolver(useRecognizers: false), null)
            .UnderstandAsync(question, Now, null, CancellationToken.None);

    [Fact]
    public async Task The_chooser_follows_a_chain_of_replacements()
    {
        var result = await UnderstandAsync(Chained("gmv"), "上个月旧口径销售额");
        Assert.Equal(["gmv"], result.Query!.Metrics);
        Assert.Equal([new AnsweredByReplacement("sales_amount_legacy", "gmv")], result.Notices);
    }

    [Fact]
    public async Task The_chooser_answers_nothing_for_a_chain_that_loops()
    {
        var result = await UnderstandAsync(Chained("sales_amount_legacy"), "上个月旧口径销售额");
        Assert.NotEqual(UnderstandingOutcome.Query, result.Outcome);
        Assert.DoesNotContain(result.Notices, n => n is AnsweredByReplacement);
    }

    [Fact]
    public async Task The_retriever_follows_a_chain_of_replacements()
    {
        var retriever = await CatalogIndexer.LexicalOnly().BuildAsync(Chained("gmv"), CancellationToken.None);
        var top = (await retriever.RetrieveAsync("旧口径销售额", 5, null, CancellationToken.None))[0];
        Assert.Equal(("gmv", "deprecated:sales_amount_legacy"), (top.MetricId, top.Source));
    }

    [Fact]
    public async Task The_retriever_leads_nowhere_from_a_chain_that_loops()
    {
        var retriever = await CatalogIndexer.LexicalOnly().BuildAsync(Chained("sales_amount_legacy"), CancellationToken.None);
        var candidates = await retriever.RetrieveAsync("旧口径销售额", 5, null, CancellationToken.None);
        Assert.DoesNotContain(candidates, c => c.Source.StartsWith("deprecated:", StringComparison.Ordinal));
        Assert.DoesNotContain(candidates, c => c.MetricId.StartsWith("sales_amount", StringComparison.Ordinal));
    }
}
