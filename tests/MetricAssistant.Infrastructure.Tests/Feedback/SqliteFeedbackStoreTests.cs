using MetricAssistant.Application.Feedback;
using MetricAssistant.Infrastructure.Feedback;
using MetricAssistant.Infrastructure.Shared;
using MetricAssistant.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Infrastructure.Tests.Feedback;

public sealed class SqliteFeedbackStoreTests : FeedbackStoreContractTests, IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), $"ma-feedback-{Guid.NewGuid():N}");

    protected override void SkipIfUnavailable() { }

    protected override IFeedbackStore Open() => new SqliteFeedbackStore(Path.Combine(directory, "nested", "feedback.db"));

    [Fact]
    public async Task The_file_and_its_folder_are_created_on_first_use()
    {
        var store = new SqliteFeedbackStore(Path.Combine(directory, "empty.db"));
        Assert.Empty(await store.ReadAsync(null, 5, CancellationToken.None));
        Assert.True(File.Exists(store.Path));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }
}
