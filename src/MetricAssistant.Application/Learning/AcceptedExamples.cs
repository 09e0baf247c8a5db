using MetricAssistant.Understanding.Examples;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MetricAssistant.Application.Learning;

/// <summary>
/// The accepted learned examples as the question reader sees them, loaded from the store. An acceptance or
/// rejection made here is heard at once (<see cref="RefreshAsync"/>); one made elsewhere (the CLI, another
/// instance) within <see cref="MaxAge"/>, because every question first refreshes a snapshot older than that.
/// When the store cannot be read the last snapshot stays and the failure is logged: answering goes on.
/// </summary>
public sealed class AcceptedExamples(ILearnedExampleStore store, TimeProvider time, ILogger<AcceptedExamples>? logger = null) : IExampleSource
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);

    private readonly ILogger log = (ILogger?)logger ?? NullLogger.Instance;
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile ExampleSnapshot current = ExampleSnapshot.Empty;
    private string signature = "";
    private long loadedTicks; // 0: never loaded, so the first question loads

    public ExampleSnapshot Current => current;

    /// <summary>Reloads when the snapshot is older than <see cref="MaxAge"/>.</summary>
    public Task RefreshIfStaleAsync(CancellationToken cancellationToken) =>
        time.GetUtcNow().UtcTicks - Interlocked.Read(ref loadedTicks) < MaxAge.Ticks ? Task.CompletedTask : RefreshAsync(cancellationToken);

    /// <summary>Reloads the accepted examples; the snapshot's version changes only when they did.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var accepted = await store.AcceptedAsync(cancellationToken).ConfigureAwait(false);
            var next = string.Join("\n", accepted.Select(e => $"{e.Id}:{e.ReviewedAt?.UtcTicks}"));
            if (next != signature)
            {
                signature = next;
                current = new ExampleSnapshot(current.Version + 1, accepted.Select(e => new QuestionExample(e.Question, e.Metrics)).ToArray());
            }
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            log.LogError(error, "Could not read the accepted examples; the question reader keeps the last ones it had.");
        }
        finally
        {
            Interlocked.Exchange(ref loadedTicks, time.GetUtcNow().UtcTicks);
            gate.Release();
        }
    }
}
