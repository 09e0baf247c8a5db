using MetricAssistant.Application.Governance;
using MetricAssistant.Infrastructure.Governance.Store;
using MetricAssistant.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace MetricAssistant.Infrastructure.Tests.Governance.Store;

/// <summary>
/// Seeding an empty store (earlier versions first, as their changelog says), and the import on every later start:
/// only what the folder changed since, never over a store copy someone published since; two processes seeding one
/// store at once seed it once; the store exported again is the folder, byte for byte.
/// </summary>
public sealed class CatalogFolderImporterTests : IDisposable
{
    private const string Gmv = "catalog/metrics/gmv.yaml";
    private const string Aov = "catalog/metrics/aov.yaml";
    private readonly CatalogCopy folder = CatalogCopy.Of(TestRepository.Root);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2025, 7, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly string database;

    public CatalogFolderImporterTests() => database = Path.Combine(folder.Root, "data", "catalog.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private SqliteCatalogStore Store() => new(database, time);

    private static CatalogFolderImporter Importer(SqliteCatalogStore store) => new(store, store, NullLogger<CatalogFolderImporter>.Instance);

    private Task<FolderImportResult> StartAsync(SqliteCatalogStore store) =>
        Importer(store).ImportAsync(new FolderImport(folder.Catalog, CatalogFolderImporter.ImportAuthor, "start", FolderWins: false, Strict: false), CancellationToken.None);

    [Fact]
    public async Task An_empty_store_is_seeded_with_earlier_versions_first_by_their_changelog_authors_then_every_document()
    {
        var store = Store();
        var result = await StartAsync(store);
        Assert.True(result.Seeded);

        var gmv = await store.HistoryAsync(Gmv, CancellationToken.None);
        Assert.Equal([1, 2, 3], gmv.Select(r => MetricDocument.Parse(r.Yaml).Version));
        Assert.Equal(["财务部 · 王敏", "财务部 · 王敏", "seed"], gmv.Select(r => r.Author));
        Assert.Equal("首次发布：已完成订单的下单金额之和，按下单时间计。", gmv[0].Reason);
        Assert.Equal(File.ReadAllText(Path.Combine(folder.Catalog, "history", "gmv.v1.yaml")), gmv[0].Yaml);
        Assert.Equal(File.ReadAllText(Path.Combine(folder.Catalog, "metrics", "gmv.yaml")), gmv[2].Yaml);
        Assert.Equal([1, 2, 3, 4], (await store.HistoryAsync("catalog/metrics/sales_amount_legacy.yaml", CancellationToken.None)).Select(r => MetricDocument.Parse(r.Yaml).Version));

        var current = await store.CurrentAsync(CancellationToken.None);
        var folderDocuments = Directory.GetFiles(folder.Catalog, "*.yaml", SearchOption.AllDirectories).Count(f => !f.Contains($"{Path.DirectorySeparatorChar}history{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        Assert.Equal(folderDocuments, current.Count);
        Assert.DoesNotContain(current, r => r.Path.Contains("/history/", StringComparison.Ordinal));
        // Every earlier version comes before every current document.
        var historyRevisions = result.Written.Where(r => r.Author != "seed").Select(r => r.Revision).ToList();
        Assert.Equal(7, historyRevisions.Count);
        Assert.True(historyRevisions.Max() < current.Min(r => r.Revision));
    }

    [Fact]
    public async Task A_later_start_imports_only_what_the_folder_changed_and_never_undoes_a_publish()
    {
        await StartAsync(Store());
        var head = await Store().HeadAsync(CancellationToken.None);

        // Nothing changed: nothing written.
        Assert.Empty((await StartAsync(Store())).Written);
        Assert.Equal(head, await Store().HeadAsync(CancellationToken.None));

        // Edited in git: imported as a new revision by "import".
        folder.Edit("metrics/aov.yaml", t => t.Replace("synonyms: [AOV,", "synonyms: [单均价, AOV,", StringComparison.Ordinal));
        var imported = Assert.Single((await StartAsync(Store())).Written);
        Assert.Equal((Aov, "import"), (imported.Path, imported.Author));

        // Published in the store, folder unchanged: the store's copy stays, silently.
        var store = Store();
        var latest = (await store.HistoryAsync(Gmv, CancellationToken.None))[^1];
        var published = Assert.Single((await store.WriteAsync([new DocumentWrite(Gmv, latest.Yaml + "# published\n", latest.Revision, "fin_li", "publish")], CancellationToken.None)).Written);
        var again = await StartAsync(Store());
        Assert.Empty(again.Written);
        Assert.Empty(again.Kept);

        // Changed on both sides since the last import: the store's copy stays and is reported.
        folder.Edit("metrics/gmv.yaml", t => t + "# edited in git\n");
        var both = await StartAsync(Store());
        Assert.Empty(both.Written);
        Assert.Equal(published.Revision, Assert.Single(both.Kept).Revision);
        Assert.Equal(published.Revision, (await Store().HistoryAsync(Gmv, CancellationToken.None))[^1].Revision);
    }

    [Fact]
    public async Task A_broken_folder_edit_is_not_imported_and_the_store_keeps_its_catalog()
    {
        await StartAsync(Store());
        var head = await Store().HeadAsync(CancellationToken.None);
        folder.Edit("metrics/aov.yaml", t => t.Replace("{ metric: gmv }", "{ metric: gmvv }", StringComparison.Ordinal));
        var result = await StartAsync(Store());
        Assert.True(result.Refused);
        Assert.Contains(result.Problems, p => p.File == Aov);
        Assert.Equal(head, await Store().HeadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Two_processes_starting_at_once_on_one_empty_store_seed_it_once()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => StartAsync(Store()))));
        Assert.Single(results, r => r.Seeded);
        var store = Store();
        Assert.Equal(results.Single(r => r.Seeded).Written.Count, await store.HeadAsync(CancellationToken.None));
        Assert.Equal(3, (await store.HistoryAsync(Gmv, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task The_seeded_store_exported_is_the_folder_byte_for_byte_history_included()
    {
        var store = Store();
        await StartAsync(store);
        using var output = new TempDirectory();
        var export = await new CatalogExporter(store).ExportAsync(output.Path, CancellationToken.None);
        Assert.Equal(7, export.Versions);

        static string[] Files(string root) => [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];
        Assert.Equal(Files(folder.Catalog), Files(output.Path));
        foreach (var file in Files(folder.Catalog))
            Assert.True(File.ReadAllBytes(Path.Combine(folder.Catalog, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output.Path, file))), file);
    }

    [Fact]
    public async Task The_files_mode_mirror_writes_every_changed_document_by_files()
    {
        var store = Store();
        var importer = Importer(store);
        var mirror = new FolderImport(folder.Catalog, CatalogFolderImporter.FilesAuthor, "changed in the catalog folder", FolderWins: true, Strict: false);
        Assert.True((await importer.ImportAsync(mirror, CancellationToken.None)).Seeded);
        folder.Edit("metrics/aov.yaml", t => t.Replace("synonyms: [AOV,", "synonyms: [单均价, AOV,", StringComparison.Ordinal));
        var written = Assert.Single((await importer.ImportAsync(mirror, CancellationToken.None)).Written);
        Assert.Equal((Aov, "files"), (written.Path, written.Author));
        Assert.Empty((await importer.ImportAsync(mirror, CancellationToken.None)).Written);
    }

    [Fact]
    public async Task An_import_of_another_folder_is_not_undone_by_the_next_start()
    {
        await StartAsync(Store());
        using var other = CatalogCopy.Of(TestRepository.Root);
        other.Edit("metrics/aov.yaml", t => t.Replace("synonyms: [AOV,", "synonyms: [单均价, AOV,", StringComparison.Ordinal));
        var imported = await Importer(Store()).ImportAsync(new FolderImport(other.Catalog, "fin_li", "门店常用叫法", FolderWins: true, Strict: true, Ledger: false), CancellationToken.None);
        var revision = Assert.Single(imported.Written);

        Assert.Empty((await StartAsync(Store())).Written);
        Assert.Equal(revision.Revision, (await Store().HistoryAsync(Aov, CancellationToken.None))[^1].Revision);
    }
}
