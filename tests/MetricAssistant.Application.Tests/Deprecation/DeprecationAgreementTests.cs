using MetricAssistant.Application.Tests.Asking;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler;
using MetricAssistant.Compiler.Sql;
using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Retrieval;

namespace MetricAssistant.Application.Tests.Deprecation;

/// <summary>
/// The four places that meet a deprecated metric (the question reader's chooser, the retriever, the
/// structured query service and the compiler's refusal) agree, because all four ask the catalog's one rule:
/// along a chain of replacements to the first published metric, and none when the chain loops.
/// </summary>
public sealed class DeprecationAgreementTests
{
    private const string Legacy = "sales_amount_legacy";

    /// <summary>The legacy metric replaced by an interim deprecated one (no words of its own) that <paramref name="interimReplacedBy"/>.</summary>
    private static SemanticCatalog Chained(string interimReplacedBy)
    {
        var catalog = TestRepository.Catalog;
        var legacy = catalog.Metrics[Legacy];
        var metrics = new Dictionary<string, MetricDefinition>(catalog.Metrics)
        {
            [Legacy] = legacy with { ReplacedBy = "sales_amount_interim" },
            ["sales_amount_interim"] = legacy with { Id = "sales_amount_interim", Name = new LocalizedText("中间口径", "Interim"), Synonyms = [], TypicalQuestions = [], ReplacedBy = interimReplacedBy },
        };
        return catalog with { Metrics = metrics };
    }

    private static readonly SemanticQuery LegacyQuery = new([Legacy], [], [], new DateRange(new DateOnly(2025, 6, 1), new DateOnly(2025, 7, 1)), null, [], null, null);

    private static async Task<(string? Chooser, string? Retriever, string? Queries, string? Compiler)> AnswersAsync(SemanticCatalog catalog)
    {
        var harness = new AskHarness(catalog);
        var asked = await harness.AskAsync("legacy sales amount last month");
        var retriever = await CatalogIndexer.LexicalOnly().BuildAsync(catalog, CancellationToken.None);
        var retrieved = (await retriever.RetrieveAsync("legacy sales amount", 5, null, CancellationToken.None))
            .FirstOrDefault(c => c.Source == "deprecated:" + Legacy);
        var queried = await harness.Queries.RunAsync(new QueryRequest(new QueryDto([Legacy]), "ceo", AskHarness.Now), CancellationToken.None);
        var compiled = new MetricCompiler(catalog).Compile(LegacyQuery, DuckDbDialect.Instance);
        Assert.Equal("metric_deprecated", compiled.Error?.Code);
        return (asked.Metric?.Id, retrieved?.MetricId, queried.Metric?.Id, compiled.Error!.Suggestions.SingleOrDefault());
    }

    [Fact]
    public async Task A_published_replacement_answers_everywhere() =>
        Assert.Equal(("gmv", "gmv", "gmv", "gmv"), await AnswersAsync(TestRepository.Catalog));

    [Fact]
    public async Task A_chain_of_replacements_leads_everywhere_to_the_first_published_metric() =>
        Assert.Equal(("gmv", "gmv", "gmv", "gmv"), await AnswersAsync(Chained("gmv")));

    [Fact]
    public async Task A_chain_that_loops_leads_nowhere_anywhere() =>
        Assert.Equal((null, null, null, null), await AnswersAsync(Chained(Legacy)));

    [Fact]
    public async Task The_query_service_says_which_metric_answered()
    {
        var answer = await new AskHarness(Chained("gmv")).Queries.RunAsync(new QueryRequest(new QueryDto([Legacy]), "ceo", AskHarness.Now, "en"), CancellationToken.None);
        Assert.Equal(["'Sales amount (legacy)' (sales_amount_legacy) is deprecated; answered with its replacement 'GMV (paid)' (gmv)."], answer.Warnings);
    }
}
