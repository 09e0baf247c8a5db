namespace MetricAssistant.Api.Health;

/// <summary>Bounds a probe in time and words its failure in one line (no stack trace).</summary>
internal static class HealthProbe
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static async Task WithinAsync(Func<CancellationToken, Task> probe, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await probe(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"no answer within {Timeout.TotalSeconds:0} s");
        }
    }

    public static string Reason(Exception e)
    {
        var message = e.InnerException is { } inner && inner.Message != e.Message ? $"{e.Message} ({inner.Message})" : e.Message;
        var line = message.ReplaceLineEndings(" ");
        return line.Length > 300 ? line[..300] + "…" : line;
    }
}
