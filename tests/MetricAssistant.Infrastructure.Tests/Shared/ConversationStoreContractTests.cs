using MetricAssistant.Application.Conversations;
using MetricAssistant.Application.Security;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Infrastructure.Conversations;
using MetricAssistant.Infrastructure.Shared;
using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Parsing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace MetricAssistant.Infrastructure.Tests.Shared;

public abstract class ConversationStoreContractTests
{
    protected readonly FakeTimeProvider Clock = new(new DateTimeOffset(2025, 7, 15, 2, 0, 0, TimeSpan.Zero));

    protected static IOptions<ConversationOptions> Settings(int maxTurns = 3, int idleMinutes = 30) =>
        Options.Create(new ConversationOptions { MaxTurns = maxTurns, IdleTimeout = TimeSpan.FromMinutes(idleMinutes) });

    protected abstract void SkipIfUnavailable();

    /// <summary>A new store object on the same state as every other one this test opened.</summary>
    protected abstract IConversationStore Open(IOptions<ConversationOptions> settings);

    private static ConversationKey Key(string user, string conversation, CallerKind kind = CallerKind.Demo) => new(kind, user, conversation);

    private ConversationTurn Turn(string question) => new(question, new SemanticQuery(["gmv"], [], [], new DateRange(new DateOnly(2025, 6, 1), new DateOnly(2025, 7, 1))),
        Clock.GetUtcNow());

    [SkippableFact]
    public async Task A_turn_comes_back_whole_query_ranking_and_all()
    {
        SkipIfUnavailable();
        var store = Open(Settings());
        var query = new SemanticQuery(["gmv", "aov"], ["region"], [new QueryFilter("channel", QueryFilterOperator.In, ["tmall", "jd"])],
            new DateRange(new DateOnly(2025, 6, 1), new DateOnly(2025, 7, 1)), TimeGrain.Month, [new QueryOrder("gmv", true)], 5, Comparison.Yoy,
            [new QueryFilter("region", QueryFilterOperator.NotIn, ["华东"])], ValueAt.PeriodEnd, false, [new MetricVersionPin("gmv", 2)]);
        var turn = new ConversationTurn("上个月各区域GMV前五", query, Clock.GetUtcNow(), RankingEnd.Best) { Splits = ["channel", "region"] };
        await store.AppendAsync(Key("ceo", "c1"), turn, CancellationToken.None);

        var read = await Open(Settings()).LastAsync(Key("ceo", "c1"), CancellationToken.None);
        Assert.NotNull(read);
        Assert.Equal(turn.Question, read.Question);
        Assert.Equal(turn.Query, read.Query);
        Assert.Equal(turn.Ranking, read.Ranking);
        Assert.Equal(turn.At, read.At);
        Assert.Equal(["channel", "region"], read.Splits);
    }

    [SkippableFact]
    public async Task A_question_asked_back_comes_back_with_what_it_offered_and_no_query_when_nothing_was_answered()
    {
        SkipIfUnavailable();
        var store = Open(Settings());
        await store.AppendAsync(Key("ceo", "asked"), new ConversationTurn("上个月的客户数", null, Clock.GetUtcNow()) { Offered = ["paying_customers", "new_customers"] }, CancellationToken.None);

        var read = await Open(Settings()).LastAsync(Key("ceo", "asked"), CancellationToken.None);
        Assert.NotNull(read);
        Assert.Null(read.Query);
        Assert.Equal(["paying_customers", "new_customers"], read.Offered);
    }

    [SkippableFact]
    public async Task An_invalid_question_comes_back_with_the_answered_turn_before_it()
    {
        SkipIfUnavailable();
        var store = Open(Settings());
        var before = Turn("上个月的访客数") with { Ranking = RankingEnd.Worst };
        await store.AppendAsync(Key("ceo", "invalid"), Turn("各渠道的新增会员数") with { AnsweredBefore = before }, CancellationToken.None);

        var read = await Open(Settings()).LastAsync(Key("ceo", "invalid"), CancellationToken.None);
        Assert.NotNull(read?.AnsweredBefore);
        Assert.Equal(before.Question, read.AnsweredBefore.Question);
        Assert.Equal(before.Query, read.AnsweredBefore.Query);
        Assert.Equal(RankingEnd.Worst, read.AnsweredBefore.Ranking);
    }

    [SkippableFact]
    public async Task Callers_and_conversations_never_share_context()
    {
        SkipIfUnavailable();
        var store = Open(Settings());
        await store.AppendAsync(Key("ceo", "c1"), Turn("ceo in c1"), CancellationToken.None);
        Assert.Null(await store.LastAsync(Key("east_wang", "c1"), CancellationToken.None));
        Assert.Null(await store.LastAsync(Key("ceo", "c2"), CancellationToken.None));
        Assert.Null(await store.LastAsync(Key("ceo", "c1", CallerKind.Authenticated), CancellationToken.None));
        Assert.Equal("ceo in c1", (await store.LastAsync(Key("ceo", "c1"), CancellationToken.None))?.Question);
    }

    [SkippableFact]
    public async Task Only_the_last_turns_are_kept_oldest_first()
    {
        SkipIfUnavailable();
        var store = Open(Settings(maxTurns: 3));
        foreach (var q in new[] { "q1", "q2", "q3", "q4", "q5" }) await store.AppendAsync(Key("ceo", "c1"), Turn(q), CancellationToken.None);
        Assert.Equal(["q3", "q4", "q5"], (await store.TurnsAsync(Key("ceo", "c1"), CancellationToken.None)).Select(t => t.Question));
    }

    [SkippableFact]
    public async Task An_idle_conversation_is_over_and_starts_afresh()
    {
        SkipIfUnavailable();
        var store = Open(Settings(idleMinutes: 30));
        await store.AppendAsync(Key("ceo", "c1"), Turn("q1"), CancellationToken.None);
        Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal("q1", (await store.LastAsync(Key("ceo", "c1"), CancellationToken.None))?.Question);
        Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(await store.LastAsync(Key("ceo", "c1"), CancellationToken.None));
        Assert.Empty(await store.TurnsAsync(Key("ceo", "c1"), CancellationToken.None));

        await store.AppendAsync(Key("ceo", "c1"), Turn("q2"), CancellationToken.None);
        Assert.Equal(["q2"], (await store.TurnsAsync(Key("ceo", "c1"), CancellationToken.None)).Select(t => t.Question));
    }
}
