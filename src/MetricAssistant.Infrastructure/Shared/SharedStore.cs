using Microsoft.Extensions.Options;
using Npgsql;

namespace MetricAssistant.Infrastructure.Shared;

/// <summary>
/// The one connection pool on <c>ConnectionStrings:Shared</c> that the replica-shared stores (conversations, charts,
/// welcomes, turns, feedback) draw from; <see cref="Configured"/> is false on the embedded default.
/// </summary>
public sealed class SharedStore : IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource? dataSource;

    public SharedStore(IOptions<SharedStoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Value.Configured) dataSource = NpgsqlDataSource.Create(options.Value.ConnectionString!);
    }

    public bool Configured => dataSource is not null;

    /// <summary>One store's tables on the shared pool.</summary>
    public PostgresTables Tables(long schemaLockKey, string createSql) =>
        new(dataSource ?? throw new InvalidOperationException("ConnectionStrings:Shared is not set."), schemaLockKey, createSql);

    public void Dispose() => dataSource?.Dispose();

    public ValueTask DisposeAsync() => dataSource?.DisposeAsync() ?? ValueTask.CompletedTask;
}
