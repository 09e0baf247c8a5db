using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Security;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Retrieval;

namespace MetricAssistant.Application.Tests.Catalog;

public sealed class DefinitionLookupTests
{
    private static readonly Caller Ceo = new AccessEvaluator(TestRepository.Catalog).DemoCaller("ceo")!;
    private static readonly Caller Guest = new AccessEvaluator(TestRepository.Catalog).DemoCaller("guest")!;

    [Fact]
    public void A_known_id_is_the_full_detail()
    {
        var (detail, suggestions) = Lookup().Detail(Ceo, "gmv");
        Assert.Equal("gmv", detail!.Summary.Id);
        Assert.Empty(suggestions);
    }

    [Theory]
    [InlineData("refund_amout", "refund_amount")]  // a typo: a couple of edits away
    [InlineData("gmv_paid", "gmv")]                // a longer spelling: nothing is a few edits away, the catalog's closest
    public void An_unknown_id_comes_back_with_the_catalogs_did_you_mean(string id, string expected)
    {
        var (detail, suggestions) = Lookup().Detail(Ceo, id);
        Assert.Null(detail);
        Assert.Equal(expected, suggestions[0]);
        Assert.True(suggestions.Count <= DefinitionLookup.MaxSuggestions);
    }

    [Fact]
    public void Part_of_ids_suggests_the_ids_that_hold_it_nearest_first()
    {
        var suggestions = Lookup().Detail(Ceo, "order").Suggestions;
        Assert.Equal(["gmv_ordered", "order_count", "paid_order_count", "order_count_rolling_7d"], suggestions);
    }

    [Fact]
    public void A_hidden_metric_is_refused_like_an_unknown_one_with_suggestions_only_among_visible_ones()
    {
        var (hidden, near) = Lookup().Detail(Guest, "gross_margin");
        Assert.Null(hidden);
        var (unknown, _) = Lookup().Detail(Guest, "gross_margn");
        Assert.Null(unknown);
        Assert.DoesNotContain("gross_margin", near);
        Assert.DoesNotContain("gross_margin", Lookup().Detail(Guest, "gross_margn").Suggestions);
        Assert.Equal(["order_count"], Lookup().Detail(Guest, "order_cont").Suggestions);
        Assert.Equal(["new_customers", "order_count", "visitors"], Lookup().List(Guest, null).Select(m => m.Id).Order(StringComparer.Ordinal));
        Assert.Equal(TestRepository.Catalog.Metrics.Count, Lookup().List(Ceo, null).Count);
    }

    [Fact]
    public void Nothing_near_is_no_suggestion()
    {
        Assert.Empty(Lookup().Detail(Ceo, "zzzzzzzzzzzz").Suggestions);
    }

    [Theory]
    [InlineData("aov")]
    [InlineData("AOV")]
    [InlineData("客单价")]
    [InlineData(" Average Order Value ")]
    public async Task A_metric_is_found_by_its_id_name_or_synonym(string term)
    {
        var retriever = new OneRetriever(null);
        var metric = await Lookup(retriever).FindAsync(term, Ceo, CancellationToken.None);
        Assert.Equal("aov", metric!.Id);
        Assert.Equal(0, retriever.Calls);
    }

    [Fact]
    public async Task Otherwise_the_retrievers_best_match_among_what_the_caller_may_see()
    {
        var retriever = new OneRetriever("aov");
        Assert.Equal("aov", (await Lookup(retriever).FindAsync("how much per order", Ceo, CancellationToken.None))!.Id);
        // The retriever is asked with the caller's permissions: guest may not see aov, so nothing comes back.
        Assert.Null(await Lookup(retriever).FindAsync("how much per order", Guest, CancellationToken.None));
    }

    [Fact]
    public async Task A_metric_the_caller_may_not_see_is_not_found_even_by_its_id()
    {
        Assert.Null(await Lookup().FindAsync("aov", Guest, CancellationToken.None));
        Assert.Equal("order_count", (await Lookup().FindAsync("order_count", Guest, CancellationToken.None))!.Id);
    }

    private static DefinitionLookup Lookup(IMetricRetriever? retriever = null) =>
        new(new FixedCatalog(TestRepository.Catalog), retriever ?? new OneRetriever(null));

    private sealed class FixedCatalog(SemanticCatalog catalog) : ICatalogProvider
    {
        public SemanticCatalog Current => catalog;
    }

    /// <summary>Finds <paramref name="metricId"/> for any text, when the permission filter lets it through.</summary>
    private sealed class OneRetriever(string? metricId) : IMetricRetriever
    {
        public int Calls { get; private set; }

        public Task<IReadOnlyList<MetricCandidate>> RetrieveAsync(string question, int top, Func<string, bool>? allow, CancellationToken cancellationToken)
        {
            Calls++;
            IReadOnlyList<MetricCandidate> found = metricId is not null && (allow?.Invoke(metricId) ?? true) ? [new MetricCandidate(metricId, 1, question, "test")] : [];
            return Task.FromResult(found);
        }

        public Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string text, int top, Func<string, bool>? allow, CancellationToken cancellationToken) =>
            throw new NotSupportedException("definitions are looked up, not suggested");
    }
}
