using MetricAssistant.Application.Feedback;
using MetricAssistant.Infrastructure.Feedback;
using MetricAssistant.Infrastructure.Shared;
using MetricAssistant.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Infrastructure.Tests.Feedback;

/// <summary>The contract on a real PostgreSQL (MA_TEST_POSTGRES, or one started here); skipped with the reason when there is none.</summary>
public sealed class PostgresFeedbackStoreTests : FeedbackStoreContractTests, IDisposable
{
    private readonly List<SharedStore> opened = [];
    private string? connectionString;

    protected override void SkipIfUnavailable() => Skip.If(PostgresServer.Instance.ConnectionString is null, PostgresServer.Instance.UnavailableReason);

    protected override IFeedbackStore Open()
    {
        var shared = new SharedStore(Options.Create(new SharedStoreOptions { ConnectionString = connectionString ??= PostgresServer.Instance.CreateDatabase("ma_feedback") }));
        opened.Add(shared);
        return new PostgresFeedbackStore(shared);
    }

    public void Dispose()
    {
        foreach (var shared in opened) shared.Dispose();
    }
}
