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

/// <summary>The contract on a real PostgreSQL (MA_TEST_POSTGRES, or one started here), plus what only a shared table needs: expired rows are deleted.</summary>
public sealed class PostgresConversationStoreTests : ConversationStoreContractTests, IDisposable
{
    private readonly List<SharedStore> opened = [];
    private string? connectionString;

    private string ConnectionString => connectionString ??= PostgresServer.Instance.CreateDatabase("ma_conversations");

    protected override void SkipIfUnavailable() => Skip.If(PostgresServer.Instance.ConnectionString is null, PostgresServer.Instance.UnavailableReason);

    protected override IConversationStore Open(IOptions<ConversationOptions> settings)
    {
        var shared = new SharedStore(Options.Create(new SharedStoreOptions { ConnectionString = ConnectionString }));
        opened.Add(shared);
        return new PostgresConversationStore(shared, settings, Clock);
    }

    [SkippableFact]
    public async Task Expired_turns_are_deleted_so_the_table_stays_bounded()
    {
        SkipIfUnavailable();
        var store = Open(Settings(idleMinutes: 30));
        for (var i = 0; i < 20; i++) await store.AppendAsync(new ConversationKey(CallerKind.Demo, "ceo", $"c{i}"), new ConversationTurn("q", new SemanticQuery(["gmv"], [], [],
            new DateRange(new DateOnly(2025, 6, 1), new DateOnly(2025, 7, 1))), Clock.GetUtcNow()), CancellationToken.None);
        Assert.Equal(20, await CountAsync());
        Clock.Advance(TimeSpan.FromMinutes(31) + PostgresConversationStore.SweepInterval);
        await store.AppendAsync(new ConversationKey(CallerKind.Demo, "ceo", "fresh"), new ConversationTurn("q", new SemanticQuery(["gmv"], [], [],
            new DateRange(new DateOnly(2025, 6, 1), new DateOnly(2025, 7, 1))), Clock.GetUtcNow()), CancellationToken.None);
        Assert.Equal(1, await CountAsync());
    }

    private async Task<long> CountAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM conversation_turns", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        foreach (var shared in opened) shared.Dispose();
    }
}
