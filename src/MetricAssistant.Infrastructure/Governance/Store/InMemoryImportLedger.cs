namespace MetricAssistant.Infrastructure.Governance.Store;

/// <summary>The import ledger beside an in-memory store (tests, evaluation runs): gone with the process, like the store.</summary>
public sealed class InMemoryImportLedger : ICatalogImportLedger
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, ImportMark> marks = new(StringComparer.Ordinal);

    public Task<IReadOnlyDictionary<string, ImportMark>> ReadAsync(CancellationToken cancellationToken)
    {
        lock (gate) return Task.FromResult<IReadOnlyDictionary<string, ImportMark>>(new Dictionary<string, ImportMark>(marks, StringComparer.Ordinal));
    }

    public Task RecordAsync(IReadOnlyList<ImportMark> marks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(marks);
        lock (gate)
        {
            foreach (var mark in marks) this.marks[mark.Path] = mark;
        }
        return Task.CompletedTask;
    }
}
