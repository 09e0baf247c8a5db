namespace MetricAssistant.Application.Execution;

/// <summary>
/// Rows of executed queries by <see cref="ResultKey"/>. Concurrent callers with one key share one execution; only
/// completed results are stored (a timeout or an over-limit answer is never cached). A failing cache store makes
/// answers run uncached, never fail.
/// </summary>
public interface IResultCache
{
    Task<CachedResult> GetOrRunAsync(ResultKey key, Func<CancellationToken, Task<QueryResult>> run, CancellationToken cancellationToken);
}
