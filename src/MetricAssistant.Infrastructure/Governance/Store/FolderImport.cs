namespace MetricAssistant.Infrastructure.Governance.Store;

/// <summary>
/// How to bring a catalog folder into the store. <see cref="FolderWins"/>: every document that differs is written
/// (files mode's mirror, <c>catalog import</c>); otherwise only documents changed in the folder since the last import,
/// and never over a store copy someone changed since (the import on start). <see cref="Strict"/>: a resulting
/// catalog with problems is refused; otherwise they are logged and the store keeps what it has. <see cref="Ledger"/>:
/// the folder is the configured one, whose imports the <see cref="ICatalogImportLedger"/> tracks (an import of any
/// other folder must not move the marks, or the next start would put the configured folder's text back).
/// </summary>
public sealed record FolderImport(string Directory, string Author, string Reason, bool FolderWins, bool Strict, bool Ledger = true);
