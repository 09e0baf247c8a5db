using System.Text;
using MetricAssistant.Application.Execution;
using MetricAssistant.Compiler;
using MetricAssistant.Compiler.Sql;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MetricAssistant.Api.Tests;

/// <summary>
/// A caller that goes away mid-query: the request's abort token travels endpoint → query service → warehouse, so the
/// warehouse call is cancelled (the engines then end the statement on the server: see WarehouseCancellationTests).
/// </summary>
public sealed class WarehouseAbortApiTests : IDisposable
{
    private readonly HangingWarehouse warehouse = new();
    private readonly WebApplicationFactoryWith factory;

    public WarehouseAbortApiTests() => factory = new WebApplicationFactoryWith(warehouse);

    public void Dispose() => factory.Dispose();

    [Theory]
    [InlineData("/api/query", """{"query":{"metrics":["gmv"],"groupBy":["region"],"filters":[],"timeRange":{"start":"2025-01-01","end":"2026-01-01"}},"user":"ceo"}""")]
    [InlineData("/api/ask", """{"question":"上个月GMV按区域","user":"ceo"}""")]
    public async Task A_caller_that_goes_away_cancels_the_warehouse_call(string path, string body)
    {
        using var client = factory.CreateClient();
        using var leave = new CancellationTokenSource();
        var request = client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"), leave.Token);

        await warehouse.Started.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.False(warehouse.Cancelled.Task.IsCompleted);
        await leave.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        // Not a time limit of ours: the hanging call ends only through its token.
        Assert.True(await warehouse.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(60)));
    }

    /// <summary>The service with its warehouse replaced by one that waits until its token fires.</summary>
    private sealed class WebApplicationFactoryWith(IWarehouse warehouse) : ApiFactoryBase
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(warehouse));
        }
    }

    /// <summary>A warehouse call that never finishes by itself: it records that it started and that its token fired.</summary>
    private sealed class HangingWarehouse : IWarehouse
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<bool> Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public SqlDialect Dialect => DuckDbDialect.Instance;

        public int RowLimit => 500;

        public async Task<QueryResult> ExecuteAsync(CompiledQuery query, CancellationToken cancellationToken)
        {
            Started.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Cancelled.TrySetResult(true);
                throw;
            }
            throw new InvalidOperationException("unreachable: the delay only ends by cancellation");
        }
    }
}
