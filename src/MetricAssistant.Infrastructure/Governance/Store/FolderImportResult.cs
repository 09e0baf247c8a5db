using MetricAssistant.Application.Governance;
using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Infrastructure.Governance.Store;

/// <summary>
/// What an import did: <see cref="Seeded"/> when it filled an empty store (earlier versions first), the revisions
/// written, the store copies kept over a folder change (someone changed them since the last import), and, when the
/// resulting catalog would have had problems, those problems and nothing written.
/// </summary>
public sealed record FolderImportResult(bool Seeded, IReadOnlyList<StoredRevision> Written, IReadOnlyList<StoredRevision> Kept, IReadOnlyList<CatalogProblem> Problems)
{
    public bool Refused => Problems.Count > 0;
}
