using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Cli.Tests;

/// <summary>
/// <c>catalog export</c> and <c>catalog import</c> run as the CLI process on a store of their own: the store seeded
/// from catalog/ exports back to catalog/ byte for byte (history included); an import with a problem is refused with
/// the file and line and writes nothing; an import writes only the documents that changed.
/// </summary>
public sealed class CatalogStoreCommandTests : IDisposable
{
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    private string Catalog => Path.Combine(TestRepository.Root, "catalog");

    private Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) =>
        CliProcess.RunAsync(new Dictionary<string, string> { ["Catalog__StorePath"] = Path.Combine(folder.Path, "catalog.db") }, TimeSpan.FromMinutes(2), args);

    private static string[] Files(string root) =>
        [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];

    private string CopyOfCatalog(string name)
    {
        var copy = Path.Combine(folder.Path, name);
        foreach (var file in Files(Catalog))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(copy, file))!);
            File.Copy(Path.Combine(Catalog, file), Path.Combine(copy, file));
        }
        return copy;
    }

    [Fact]
    public async Task Export_of_the_seeded_store_is_the_catalog_folder_byte_for_byte_and_import_writes_only_what_changed()
    {
        var exported = Path.Combine(folder.Path, "exported");
        var (exit, output, error) = await RunAsync("catalog", "export", "--out", exported);
        Assert.True(exit == 0, error);
        Assert.Contains("earlier metric versions", output);
        Assert.Equal(Files(Catalog), Files(exported));
        Assert.Contains(Path.Combine("history", "gmv.v2.yaml"), Files(exported));
        foreach (var file in Files(Catalog))
            Assert.True(File.ReadAllBytes(Path.Combine(Catalog, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(exported, file))), file);

        // The same folder again: nothing to write.
        (exit, output, _) = await RunAsync("catalog", "import", exported, "--user", "fin_li");
        Assert.Equal(0, exit);
        Assert.Contains("Nothing changed", output);

        // A broken reference: refused with file and line, nothing written.
        var broken = CopyOfCatalog("broken");
        var aov = Path.Combine(broken, "metrics", "aov.yaml");
        File.WriteAllText(aov, File.ReadAllText(aov).Replace("{ metric: paid_order_count }", "{ metric: paid_order_cnt }", StringComparison.Ordinal));
        (exit, _, error) = await RunAsync("catalog", "import", broken, "--user", "fin_li");
        Assert.Equal(1, exit);
        Assert.Contains("catalog/metrics/aov.yaml:", error);
        Assert.Contains("paid_order_count", error);

        // A synonym added: one new revision, by the user, with the reason.
        File.WriteAllText(aov, File.ReadAllText(aov).Replace("paid_order_cnt", "paid_order_count", StringComparison.Ordinal).Replace("synonyms: [AOV,", "synonyms: [单均价, AOV,", StringComparison.Ordinal));
        (exit, output, error) = await RunAsync("catalog", "import", broken, "--user", "fin_li", "--reason", "门店常用叫法");
        Assert.True(exit == 0, error);
        Assert.Contains("catalog/metrics/aov.yaml", output);
        Assert.Single(output.Split('\n'), l => l.TrimStart().StartsWith('r'));

        // Exported again: the new text, and the folder's other files unchanged.
        var again = Path.Combine(folder.Path, "again");
        (exit, _, _) = await RunAsync("catalog", "export", "--out", again);
        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllText(aov), File.ReadAllText(Path.Combine(again, "metrics", "aov.yaml")));
        Assert.Equal(File.ReadAllText(Path.Combine(Catalog, "metrics", "gmv.yaml")), File.ReadAllText(Path.Combine(again, "metrics", "gmv.yaml")));
    }
}
