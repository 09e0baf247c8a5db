using MetricAssistant.Application.Conversations;
using MetricAssistant.Application.Security;
using MetricAssistant.QueryModel;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MetricAssistant.Application.Tests.Conversations;

public sealed class InMemoryConversationStoreTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2025, 7, 15, 2, 0, 0, TimeSpan.Zero));

    private InMemoryConversationStore Store(int maxConversations = 100, int maxTurns = 10, int idleMinutes = 30) =>
        new(Options.Create(new ConversationOptions { MaxConversations = maxConversations, MaxTurns = maxTurns, IdleTimeout = TimeSpan.FromMinutes(idleMinutes) }), clock);

    private static ConversationKey Key(string user, string conversation, CallerKind kind = CallerKind.Demo) => new(kind, user, conversation);

    private ConversationTurn Turn(string question) =>
        new(question, new SemanticQuery(["gmv"], [], [], new DateRange(new DateOnly(2025, 6, 1), new DateOnly(2025, 7, 1))), clock.GetUtcNow());

    private static async Task<string?> LastQuestion(InMemoryConversationStore store, ConversationKey key) =>
        (await store.LastAsync(key, CancellationToken.None))?.Question;

    [Fact]
    public async Task The_latest_turn_is_the_context()
    {
        var store = Store();
        Assert.Null(await LastQuestion(store, Key("ceo", "c1")));
        await store.AppendAsync(Key("ceo", "c1"), Turn("上个月华东的GMV"), CancellationToken.None);
        await store.AppendAsync(Key("ceo", "c1"), Turn("那华南呢"), CancellationToken.None);
        Assert.Equal("那华南呢", await LastQuestion(store, Key("ceo", "c1")));
    }

    [Fact]
    public async Task Users_and_conversations_never_share_context()
    {
        var store = Store();
        await store.AppendAsync(Key("ceo", "c1"), Turn("ceo in c1"), CancellationToken.None);
        Assert.Null(await LastQuestion(store, Key("east_wang", "c1")));
        Assert.Null(await LastQuestion(store, Key("ceo", "c2")));
        // The same name from another kind of identity is another person.
        Assert.Null(await LastQuestion(store, Key("ceo", "c1", CallerKind.Authenticated)));
        await store.AppendAsync(Key("east_wang", "c1"), Turn("east_wang in c1"), CancellationToken.None);
        Assert.Equal("ceo in c1", await LastQuestion(store, Key("ceo", "c1")));
        Assert.Equal("east_wang in c1", await LastQuestion(store, Key("east_wang", "c1")));
    }

    [Fact]
    public async Task An_idle_conversation_is_forgotten_after_the_timeout()
    {
        var store = Store(idleMinutes: 30);
        await store.AppendAsync(Key("ceo", "c1"), Turn("q1"), CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal("q1", await LastQuestion(store, Key("ceo", "c1")));
        // Reading does not keep a conversation alive; an answered question does.
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(await LastQuestion(store, Key("ceo", "c1")));
        Assert.Equal(0, store.Count);

        await store.AppendAsync(Key("ceo", "c1"), Turn("q2"), CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(20));
        await store.AppendAsync(Key("ceo", "c1"), Turn("q3"), CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(["q2", "q3"], (await store.TurnsAsync(Key("ceo", "c1"), CancellationToken.None)).Select(t => t.Question));
    }

    [Fact]
    public async Task Idle_conversations_are_swept_when_others_are_added()
    {
        var store = Store(idleMinutes: 30);
        for (var i = 0; i < 5; i++) await store.AppendAsync(Key("ceo", $"old{i}"), Turn("q"), CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(31));
        await store.AppendAsync(Key("ceo", "new"), Turn("q"), CancellationToken.None);
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public async Task The_number_of_conversations_is_bounded_least_recently_used_first()
    {
        var store = Store(maxConversations: 3);
        foreach (var c in new[] { "a", "b", "c" }) await store.AppendAsync(Key("ceo", c), Turn(c), CancellationToken.None);
        // Using "a" makes "b" the least recently used.
        Assert.Equal("a", await LastQuestion(store, Key("ceo", "a")));
        await store.AppendAsync(Key("ceo", "d"), Turn("d"), CancellationToken.None);
        Assert.Equal(3, store.Count);
        Assert.Null(await LastQuestion(store, Key("ceo", "b")));
        foreach (var c in new[] { "a", "c", "d" }) Assert.Equal(c, await LastQuestion(store, Key("ceo", c)));
    }

    [Fact]
    public async Task Only_the_last_turns_are_kept()
    {
        var store = Store(maxTurns: 3);
        for (var i = 1; i <= 5; i++) await store.AppendAsync(Key("ceo", "c1"), Turn($"q{i}"), CancellationToken.None);
        Assert.Equal(["q3", "q4", "q5"], (await store.TurnsAsync(Key("ceo", "c1"), CancellationToken.None)).Select(t => t.Question));
    }
}
