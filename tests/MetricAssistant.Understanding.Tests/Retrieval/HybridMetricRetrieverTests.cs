using MetricAssistant.Catalog.Model;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Retrieval;

namespace MetricAssistant.Understanding.Tests.Retrieval;

/// <summary>The retriever over the real catalog, built once for the class.</summary>
public sealed class RetrieverFixture
{
    public HybridMetricRetriever Retriever { get; } =
        new CatalogIndexer(new HashingEmbeddingGenerator(), new InMemoryVectorStore()).BuildAsync(TestRepository.Catalog, CancellationToken.None).GetAwaiter().GetResult();
}

public sealed class HybridMetricRetrieverTests(RetrieverFixture fixture) : IClassFixture<RetrieverFixture>
{
    private readonly HybridMetricRetriever retriever = fixture.Retriever;

    private async Task<string?> Top(string question, Func<string, bool>? allow = null) =>
        (await retriever.RetrieveAsync(question, 5, allow, CancellationToken.None)).FirstOrDefault()?.MetricId;

    [Theory]
    [InlineData("客单价", "aov")]
    [InlineData("Average order value", "aov")]
    [InlineData("笔单价", "aov")]
    [InlineData("basket size", "aov")]
    [InlineData("转化率", "conversion_rate")]
    [InlineData("Conversion rate", "conversion_rate")]
    [InlineData("营业额", "gmv")]
    [InlineData("turnover", "gmv")]
    [InlineData("下单GMV", "gmv_ordered")]
    [InlineData("拍下金额", "gmv_ordered")]
    [InlineData("净GMV", "gmv_net")]
    [InlineData("人效", "revenue_per_staff")]
    [InlineData("客流量", "visitors")]
    [InlineData("footfall", "visitors")]
    [InlineData("买家数", "paying_customers")]
    [InlineData("毛利率", "gross_margin")]
    [InlineData("卖了多少件", "units_sold")]
    public void Bm25_ranks_the_metric_first_for_names_and_synonyms_in_both_languages(string question, string metric) =>
        Assert.Equal(metric, retriever.RetrieveLexical(question, 5, null).First().MetricId);

    [Theory]
    [InlineData("convertion rate", "conversion_rate")]
    [InlineData("reveune", "gmv")]
    [InlineData("avrage order value", "aov")]
    [InlineData("refnd rate", "refund_rate")]
    [InlineData("visiters", "visitors")]
    public void Bm25_tolerates_english_typos(string question, string metric) =>
        Assert.Equal(metric, retriever.RetrieveLexical(question, 5, null).First().MetricId);

    [Theory]
    [InlineData("conv", "conversion_rate")]
    [InlineData("refund rat", "refund_rate")]
    [InlineData("客单", "aov")]
    [InlineData("退款", "refund_amount")]
    public void Bm25_finds_metrics_from_partial_words(string question, string metric) =>
        Assert.Equal(metric, retriever.RetrieveLexical(question, 5, null).First().MetricId);

    [Theory]
    [InlineData("上个月客单价是多少", "aov")]
    [InlineData("上个月的GMV是多少", "gmv")]
    [InlineData("2025年3月各渠道的转化率", "conversion_rate")]
    [InlineData("抖音小店上周的退款率", "refund_rate")]
    [InlineData("how many new members joined last month", "new_customers")]
    [InlineData("units sold by category", "units_sold")]
    [InlineData("已支付GMV", "gmv")]
    [InlineData("avrage order value", "aov")]
    public async Task Hybrid_retrieval_answers_questions(string question, string metric) =>
        Assert.Equal(metric, await Top(question));

    [Fact]
    public async Task A_bare_gmv_means_the_official_metric_first_then_its_variants()
    {
        var candidates = await retriever.RetrieveAsync("GMV", 3, null, CancellationToken.None);
        Assert.Equal(["gmv", "gmv_net", "gmv_ordered"], candidates.Select(c => c.MetricId));
    }

    [Fact]
    public async Task Dense_retrieval_alone_handles_typos()
    {
        Assert.Equal("aov", (await retriever.RetrieveDenseAsync("avrage order value", 3, null, CancellationToken.None)).First().MetricId);
        Assert.Equal("gmv", (await retriever.RetrieveDenseAsync("reveune", 3, null, CancellationToken.None)).First().MetricId);
    }

    [Fact]
    public async Task Fusion_is_reciprocal_rank_with_k_60()
    {
        var both = (await retriever.RetrieveAsync("客单价", 3, null, CancellationToken.None)).First();
        Assert.Equal("aov", both.MetricId);
        Assert.Equal("lexical+dense", both.Source);
        Assert.Equal(2.0 / 61, both.Score, 9);
        Assert.Equal("客单价", both.MatchedText);

        // found by one channel only: at most 1/61
        var lexicalOnly = (await retriever.RetrieveAsync("坪效", 3, null, CancellationToken.None)).First();
        Assert.Equal("lexical", lexicalOnly.Source);
        Assert.Equal(1.0 / 61, lexicalOnly.Score, 9);
    }

    [Fact]
    public async Task Unrelated_text_finds_nothing() =>
        Assert.Empty(await retriever.RetrieveAsync("今天天气怎么样", 5, null, CancellationToken.None));

    [Fact]
    public async Task Allow_is_applied_before_the_top_is_cut()
    {
        var candidates = await retriever.RetrieveAsync("GMV", 1, id => id != "gmv", CancellationToken.None);
        Assert.Equal("gmv_net", Assert.Single(candidates).MetricId);

        var finance = new HashSet<string>(TestRepository.Catalog.Metrics.Values.Where(m => m.Tags.Contains("finance-sensitive")).Select(m => m.Id));
        Assert.NotEmpty(finance);
        var unfiltered = await retriever.RetrieveAsync("各品类的毛利率和商品销售额", 2, null, CancellationToken.None);
        Assert.Contains(unfiltered, c => finance.Contains(c.MetricId));
        var filtered = await retriever.RetrieveAsync("各品类的毛利率和商品销售额", 2, id => !finance.Contains(id), CancellationToken.None);
        Assert.Equal("item_sales", filtered.First().MetricId);
        Assert.DoesNotContain(filtered, c => finance.Contains(c.MetricId));

        Assert.Empty(await retriever.RetrieveAsync("客单价", 5, _ => false, CancellationToken.None));
    }

    [Fact]
    public async Task A_deprecated_name_leads_to_its_replacement_marked_deprecated()
    {
        var top = (await retriever.RetrieveAsync("旧口径销售额", 3, null, CancellationToken.None)).First();
        Assert.Equal("gmv", top.MetricId);
        Assert.Equal("deprecated:sales_amount_legacy", top.Source);

        var english = (await retriever.RetrieveAsync("legacy sales amount last month", 3, null, CancellationToken.None)).First();
        Assert.Equal("gmv", english.MetricId);
        Assert.Equal("deprecated:sales_amount_legacy", english.Source);

        // the current synonym wins over the old name
        var current = (await retriever.RetrieveAsync("销售额", 3, null, CancellationToken.None)).First();
        Assert.Equal("gmv", current.MetricId);
        Assert.DoesNotContain("deprecated", current.Source);

        // and when the replacement is not allowed, nothing leaks through the old name
        Assert.DoesNotContain(await retriever.RetrieveAsync("旧口径销售额", 5, id => id != "gmv", CancellationToken.None), c => c.MetricId is "gmv" or "sales_amount_legacy");
    }

    [Fact]
    public async Task Only_published_metrics_are_ever_returned()
    {
        var catalog = TestRepository.Catalog;
        var published = catalog.Metrics.Values.Where(m => m.IsPublished).Select(m => m.Id).ToHashSet();
        foreach (var metric in catalog.Metrics.Values)
        {
            foreach (var text in metric.Synonyms.Append(metric.Name.Zh).Append(metric.Name.En).Concat(metric.TypicalQuestions))
            {
                foreach (var c in await retriever.RetrieveAsync(text, 10, null, CancellationToken.None))
                    Assert.Contains(c.MetricId, published);
                foreach (var s in await retriever.SuggestAsync(text, 10, null, CancellationToken.None))
                    Assert.Contains(s.MetricId!, published);
            }
        }
    }

    [Fact]
    public void Every_published_metric_is_found_by_its_own_names()
    {
        foreach (var metric in TestRepository.Catalog.Metrics.Values.Where(m => m.IsPublished))
        {
            Assert.Equal(metric.Id, retriever.RetrieveLexical(metric.Name.Zh, 3, null).First().MetricId);
            Assert.Equal(metric.Id, retriever.RetrieveLexical(metric.Name.En, 3, null).First().MetricId);
        }
    }

    [Fact]
    public void Documents_cover_metrics_and_dimension_values_with_their_governance()
    {
        var documents = retriever.Documents;
        var aov = documents.Where(d => d.MetricId == "aov").ToList();
        Assert.Contains(aov, d => d.Field == RetrievalDocumentFields.NameZh && d.Text == "客单价");
        Assert.Contains(aov, d => d.Field == RetrievalDocumentFields.Synonym && d.Text == "笔单价");
        Assert.Contains(aov, d => d.Field == RetrievalDocumentFields.DescriptionEn);
        Assert.Contains(aov, d => d.Field == RetrievalDocumentFields.Question && d.Text == "上个月客单价");
        Assert.All(aov, d => Assert.True(d.Official && d.Status == "published"));
        var gmv = documents.First(d => d.MetricId == "gmv");
        Assert.Equal("gmv", gmv.Family);
        Assert.Contains("public-finance-kpi", gmv.Tags);

        var legacy = documents.Where(d => d.MetricId == "sales_amount_legacy").ToList();
        Assert.NotEmpty(legacy);
        Assert.All(legacy, d => Assert.Equal(("deprecated", "gmv"), (d.Status, d.ReplacedBy)));
        Assert.DoesNotContain(legacy, d => d.Field.StartsWith("description", StringComparison.Ordinal));

        Assert.Contains(documents, d => d.Kind == RetrievalDocumentKinds.DimensionValue && d.DimensionId == "region" && d.Code == "east" && d.Text == "华东区");
        Assert.Contains(documents, d => d.Kind == RetrievalDocumentKinds.Dimension && d.DimensionId == "channel" && d.Text == "销售渠道");
        Assert.Equal(Enumerable.Range(0, documents.Count), documents.Select(d => d.Ordinal));
    }

    [Fact]
    public void Drafts_are_not_indexed()
    {
        var catalog = TestRepository.Catalog;
        var aov = catalog.Metrics["aov"];
        var metrics = catalog.Metrics.ToDictionary(p => p.Key, p => p.Value);
        metrics["aov"] = aov with { Status = MetricStatus.Draft };
        var documents = RetrievalDocumentSet.Build(catalog with { Metrics = metrics }).All;
        Assert.DoesNotContain(documents, d => d.MetricId == "aov");
    }

    [Fact]
    public void Dimension_values_are_matched_in_text()
    {
        var matches = retriever.MatchDimensionValues("华东区抖音小店上个月的GMV", 5);
        Assert.Contains(matches, m => m is { DimensionId: "region", Code: "east" });
        Assert.Contains(matches, m => m is { DimensionId: "channel", Code: "douyin" });
        Assert.Contains(retriever.MatchDimensionValues("by sales channel", 3), m => m is { DimensionId: "channel", Code: null });
    }

    [Fact]
    public async Task The_completion_index_is_built_when_prepared_not_with_the_retriever()
    {
        // a retriever of its own: the shared one may have been asked for completions by another test
        var fresh = await CatalogIndexer.LexicalOnly().BuildAsync(TestRepository.Catalog, CancellationToken.None);
        Assert.False(fresh.SuggestionsPrepared);
        await fresh.PrepareSuggestionsAsync();
        Assert.True(fresh.SuggestionsPrepared);
        Assert.True(fresh.PrepareSuggestionsAsync().IsCompletedSuccessfully);
        Assert.NotEmpty(await fresh.SuggestAsync("客单", 5, null, CancellationToken.None));
    }

    [Fact]
    public async Task Suggestions_for_partial_chinese_show_the_metric_with_its_badge_and_questions()
    {
        var suggestions = await retriever.SuggestAsync("客单", 5, null, CancellationToken.None);
        var first = suggestions[0];
        Assert.Equal(("metric", "客单价", "aov", true), (first.Kind, first.Text, first.MetricId, first.Official));
        Assert.Contains(suggestions, s => s is { Kind: "question", Text: "上个月客单价", MetricId: "aov" });
    }

    [Fact]
    public async Task Suggestions_for_gmv_put_the_official_metric_first_and_show_the_variants_unbadged()
    {
        var suggestions = await retriever.SuggestAsync("gmv", 6, null, CancellationToken.None);
        Assert.Equal(("metric", "gmv", true), (suggestions[0].Kind, suggestions[0].MetricId, suggestions[0].Official));
        Assert.Contains(suggestions, s => s is { Kind: "metric", MetricId: "gmv_ordered", Official: false });
        Assert.Contains(suggestions, s => s is { Kind: "metric", MetricId: "gmv_net", Official: false });
    }

    [Fact]
    public async Task Suggestions_complete_english_prefixes()
    {
        var suggestions = await retriever.SuggestAsync("conv", 5, null, CancellationToken.None);
        Assert.Equal(("metric", "conversion_rate", "Conversion rate"), (suggestions[0].Kind, suggestions[0].MetricId, suggestions[0].Text));
        Assert.Contains(suggestions, s => s.MetricId == "appointment_conversion_rate");
        Assert.Contains(suggestions, s => s.Kind == "question");
    }

    [Fact]
    public async Task Suggestions_for_a_time_phrase_are_typical_questions()
    {
        var suggestions = await retriever.SuggestAsync("上个月", 8, null, CancellationToken.None);
        Assert.Equal(8, suggestions.Count);
        Assert.All(suggestions, s =>
        {
            Assert.Equal("question", s.Kind);
            Assert.StartsWith("上个月", s.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Suggestions_respect_allow_and_never_offer_deprecated_metrics()
    {
        Assert.DoesNotContain(await retriever.SuggestAsync("gmv", 10, id => id != "gmv", CancellationToken.None), s => s.MetricId == "gmv");
        var legacy = await retriever.SuggestAsync("旧口径", 5, null, CancellationToken.None);
        Assert.Equal("gmv", legacy[0].MetricId);
        Assert.Empty(await retriever.SuggestAsync("", 5, null, CancellationToken.None));
    }

    [Fact]
    public async Task Cancellation_is_honoured()
    {
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => retriever.RetrieveAsync("gmv", 5, null, new CancellationToken(true)));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => retriever.SuggestAsync("gmv", 5, null, new CancellationToken(true)));
    }

    [Fact]
    public async Task A_lexical_only_retriever_works_without_embeddings()
    {
        var lexical = await CatalogIndexer.LexicalOnly().BuildAsync(TestRepository.Catalog, CancellationToken.None);
        Assert.False(lexical.DenseEnabled);
        var top = (await lexical.RetrieveAsync("客单价", 3, null, CancellationToken.None)).First();
        Assert.Equal(("aov", "lexical"), (top.MetricId, top.Source));
    }

    [Fact]
    public async Task A_failing_embedding_provider_leaves_a_lexical_retriever()
    {
        var failing = await new CatalogIndexer(new FailingGenerator(), new InMemoryVectorStore()).BuildAsync(TestRepository.Catalog, CancellationToken.None);
        Assert.False(failing.DenseEnabled);
        Assert.NotNull(failing.Info.DenseError);
        Assert.Equal("aov", (await failing.RetrieveAsync("客单价", 3, null, CancellationToken.None)).First().MetricId);

        var strict = new CatalogIndexer(new FailingGenerator(), new InMemoryVectorStore(), new MetricRetrievalSettings { FailOnDenseError = true });
        await Assert.ThrowsAsync<HttpRequestException>(() => strict.BuildAsync(TestRepository.Catalog, CancellationToken.None));
    }

    private sealed class FailingGenerator : Microsoft.Extensions.AI.IEmbeddingGenerator<string, Microsoft.Extensions.AI.Embedding<float>>
    {
        public Task<Microsoft.Extensions.AI.GeneratedEmbeddings<Microsoft.Extensions.AI.Embedding<float>>> GenerateAsync(IEnumerable<string> values,
            Microsoft.Extensions.AI.EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new HttpRequestException("embedding endpoint unreachable");

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
