using MetricAssistant.Catalog.Loading;
using MetricAssistant.Infrastructure.Governance.Store;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Infrastructure.Tests.Governance.Store;

/// <summary>
/// Every earlier version in <c>catalog/history/</c> is a complete definition: today's catalog with that metric's
/// document replaced by it loads with no problems, carries that version, and its changelog ends at it. Every
/// changelog's earlier versions have their file.
/// </summary>
public sealed class HistoryVersionTests
{
    private static readonly CatalogFolder Folder = CatalogFolder.Read(Path.Combine(TestRepository.Root, "catalog"));

    public static TheoryData<string> HistoryFiles() => [.. Folder.History.Select(h => h.FilePath)];

    [Theory]
    [MemberData(nameof(HistoryFiles))]
    public void An_earlier_version_loads_in_place_of_its_metric_in_todays_catalog(string file)
    {
        var version = Folder.History.Single(h => h.FilePath == file);
        Assert.Contains(Folder.Documents, d => d.Path == version.DocumentPath);
        var documents = Folder.Documents.Select(d => (d.Path, d.Path == version.DocumentPath ? version.Text : d.Text));
        var result = new CatalogLoader().LoadFromText(documents);
        Assert.True(result.Problems.Count == 0, string.Join("\n", result.Problems));

        var id = Path.GetFileNameWithoutExtension(version.DocumentPath);
        Assert.Equal(version.Version, result.Catalog!.FindMetric(id)!.Version);
        var parsed = MetricDocument.Parse(version.Text);
        Assert.Equal(version.Version, parsed.Changelog.Max(c => c.Version));
        Assert.Equal(Enumerable.Range(1, version.Version), parsed.Changelog.Select(c => c.Version));
    }

    [Fact]
    public void Every_earlier_version_a_changelog_names_has_its_history_file()
    {
        foreach (var document in Folder.Documents.Where(d => CatalogFolder.MetricId(d.Path) is not null))
        {
            var parsed = MetricDocument.Parse(document.Text);
            var earlier = parsed.Changelog.Select(c => c.Version).Where(v => v < parsed.Version).ToList();
            Assert.Equal(earlier, Folder.History.Where(h => h.DocumentPath == document.Path).Select(h => h.Version));
        }
    }
}
