using MetricAssistant.Api.Hosting;
using MetricAssistant.Application.Asking;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Demo;
using MetricAssistant.Understanding.Retrieval;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace MetricAssistant.Api.Tests.Hosting;

/// <summary>
/// Before a replica reports ready it has asked its retriever once, so the retrieval index (built on first use) is
/// built by then; the search-box completion index is asked for afterwards, in the background.
/// </summary>
public sealed class StartupChecksTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Start_up_asks_the_retriever_so_the_index_is_built_before_the_first_question()
    {
        var services = factory.Services;
        var retriever = new CountingRetriever();
        var warmUp = new ReaderWarmUp(services.GetRequiredService<RulesQuestionPlanner>(), retriever, TimeProvider.System);
        var checks = new StartupChecks(services.GetRequiredService<ICatalogProvider>(), services.GetRequiredService<DemoWarehouseBootstrapper>(),
            warmUp, retriever, NullLogger<StartupChecks>.Instance);
        await checks.StartAsync(CancellationToken.None);
        Assert.True(retriever.Retrievals > 0);
        // not a timing assertion: the wait only keeps a broken start-up from hanging the run
        await retriever.Suggested.Task.WaitAsync(TimeSpan.FromMinutes(2));
    }

    private sealed class CountingRetriever : IMetricRetriever
    {
        private int retrievals;

        public int Retrievals => Volatile.Read(ref retrievals);

        public Task<IReadOnlyList<MetricCandidate>> RetrieveAsync(string question, int top, Func<string, bool>? allow, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref retrievals);
            return Task.FromResult<IReadOnlyList<MetricCandidate>>([]);
        }

        public TaskCompletionSource Suggested { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string text, int top, Func<string, bool>? allow, CancellationToken cancellationToken)
        {
            Suggested.TrySetResult();
            return Task.FromResult<IReadOnlyList<SearchSuggestion>>([]);
        }
    }
}
