using MetricAssistant.Application.Audit;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Identity;
using MetricAssistant.Application.Search;
using MetricAssistant.Application.Security;
using MetricAssistant.Application.Time;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Retrieval;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Application.Tests.Search;

public sealed class SearchServiceTests
{
    private static readonly DateTimeOffset T0 = new(2025, 7, 15, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Suggestions_only_name_metrics_the_caller_may_see()
    {
        var retriever = new ListRetriever("gmv", "aov", "order_count");
        var search = Service(retriever);

        var (guest, _) = await search.SearchAsync("单", null, null, "guest", CancellationToken.None);
        Assert.Equal(["order_count"], guest!.Suggestions.Select(s => s.MetricId));

        var (ceo, _) = await search.SearchAsync("单", null, null, "ceo", CancellationToken.None);
        Assert.Equal(["gmv", "aov", "order_count"], ceo!.Suggestions.Select(s => s.MetricId));
    }

    [Fact]
    public async Task The_callers_own_recent_answered_questions_that_match_come_first()
    {
        var audit = new ListAudit(
            Entry("ceo", "上个月华东的客单价", "aov"),
            Entry("ceo", "上个月华东的客单价", "aov"),   // asked twice, offered once
            Entry("ceo", "本月订单数", "order_count"),    // does not contain the text
            Entry("ceo", "华东的GMV", "gmv"),
            Entry("ceo", "华东的退款金额", "refund_amount"),
            Entry("ceo", "华东的转化率", "conversion_rate")); // a fourth match: only three are offered
        var search = Service(new ListRetriever("gmv"), audit);

        var (response, error) = await search.SearchAsync(" 华东 ", null, null, "ceo", CancellationToken.None);

        Assert.Null(error);
        Assert.Equal("华东", response!.Query);
        Assert.Equal(["recent", "recent", "recent", "metric"], response.Suggestions.Select(s => s.Kind));
        Assert.Equal(["上个月华东的客单价", "华东的GMV", "华东的退款金额"], response.Suggestions.Take(3).Select(s => s.Text));
        Assert.Equal(new AuditFilter(UserId: "ceo", Status: AnswerStatus.Answered, Limit: SearchService.RecentScan), audit.Filters.Single());
    }

    [Fact]
    public async Task A_recent_question_whose_metric_is_now_closed_to_the_caller_is_not_offered()
    {
        var audit = new ListAudit(Entry("guest", "客单价是多少", "aov"), Entry("guest", "客单数", null));
        var (response, _) = await Service(new ListRetriever(), audit).SearchAsync("客单", null, null, "guest", CancellationToken.None);
        Assert.Equal(["客单数"], response!.Suggestions.Select(s => s.Text));
    }

    [Theory]
    [InlineData(null, SearchService.DefaultTop)]
    [InlineData(0, 1)]
    [InlineData(5, 5)]
    [InlineData(500, SearchService.MaxTop)]
    public async Task How_many_suggestions_is_bounded(int? top, int asked)
    {
        var retriever = new ListRetriever("gmv");
        await Service(retriever).SearchAsync("g", top, null, "ceo", CancellationToken.None);
        Assert.Equal(asked, retriever.Tops.Single());
    }

    [Fact]
    public async Task Text_longer_than_the_limit_is_invalid_and_empty_text_asks_nothing()
    {
        var retriever = new ListRetriever("gmv");
        var search = Service(retriever);

        var (tooLong, error) = await search.SearchAsync(new string('x', SearchService.MaxText + 1), null, null, "ceo", CancellationToken.None);
        Assert.Null(tooLong);
        Assert.Equal("query_too_long", error!.Code);

        var (atLimit, _) = await search.SearchAsync(new string('x', SearchService.MaxText), null, null, "ceo", CancellationToken.None);
        Assert.NotNull(atLimit);

        var (empty, _) = await search.SearchAsync("   ", null, null, "ceo", CancellationToken.None);
        Assert.Empty(empty!.Suggestions);
        Assert.Single(retriever.Tops); // only the 200-character search reached the retriever
    }

    [Fact]
    public async Task An_unknown_demo_user_is_an_error_with_the_known_ones_and_an_authenticated_caller_wins()
    {
        var search = Service(new ListRetriever("gmv", "order_count"));

        var (none, error) = await search.SearchAsync("g", null, null, "mallory", CancellationToken.None);
        Assert.Null(none);
        Assert.Equal("unknown_user", error!.Code);
        Assert.Contains("ceo", error.Suggestions);

        var system = new Caller("eval-runner", ["viewer"], new Dictionary<string, IReadOnlyList<string>>(), CallerKind.System);
        var (response, _) = await search.SearchAsync("g", null, system, "ceo", CancellationToken.None);
        Assert.Equal(["order_count"], response!.Suggestions.Select(s => s.MetricId));
    }

    private static SearchService Service(IMetricRetriever retriever, IAuditLog? audit = null)
    {
        var catalogs = new FixedCatalog(TestRepository.Catalog);
        var clock = new OrganizationClock(TimeProvider.System, Options.Create(new OrganizationOptions()));
        var context = new RequestContext(clock, Options.Create(new IdentityOptions()), catalogs);
        return new SearchService(retriever, context, catalogs, audit ?? new ListAudit());
    }

    private static AuditEntry Entry(string user, string question, string? metric) =>
        new(T0, user, "demo", "ask", question, AnswerStatus.Answered, metric, 1, null, null, 1, 1.0, null);

    private sealed class FixedCatalog(SemanticCatalog catalog) : ICatalogProvider
    {
        public SemanticCatalog Current => catalog;
    }

    /// <summary>Suggests its metrics in order, through the permission filter the service passes.</summary>
    private sealed class ListRetriever(params string[] metricIds) : IMetricRetriever
    {
        public List<int> Tops { get; } = [];

        public Task<IReadOnlyList<MetricCandidate>> RetrieveAsync(string question, int top, Func<string, bool>? allow, CancellationToken cancellationToken) =>
            throw new NotSupportedException("search only suggests");

        public Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string text, int top, Func<string, bool>? allow, CancellationToken cancellationToken)
        {
            Tops.Add(top);
            return Task.FromResult<IReadOnlyList<SearchSuggestion>>(metricIds.Where(id => allow?.Invoke(id) ?? true)
                .Select(id => new SearchSuggestion("metric", id, id, true, 0.5)).Take(top).ToArray());
        }
    }

    /// <summary>Returns its entries for the filter's user, newest first as given, and records the filters.</summary>
    private sealed class ListAudit(params AuditEntry[] entries) : IAuditLog
    {
        public List<AuditFilter> Filters { get; } = [];

        public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditFilter filter, CancellationToken cancellationToken)
        {
            Filters.Add(filter);
            return Task.FromResult<IReadOnlyList<AuditEntry>>(entries.Where(e => e.UserId == filter.UserId).Take(filter.Limit).ToArray());
        }
    }
}
