namespace MetricAssistant.Infrastructure.Tests.Governance.Store;

/// <summary>A throw-away copy of the repository's catalog folder (history included) that a test may edit.</summary>
internal sealed class CatalogCopy : IDisposable
{
    private CatalogCopy(string root) => Root = root;

    public string Root { get; }

    public string Catalog => Path.Combine(Root, "catalog");

    public static CatalogCopy Of(string repository)
    {
        var copy = new CatalogCopy(Path.Combine(Path.GetTempPath(), $"ma-catalog-{Guid.NewGuid():N}"));
        var from = Path.Combine(repository, "catalog");
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(copy.Catalog, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        return copy;
    }

    public void Edit(string relative, Func<string, string> change)
    {
        var file = Path.Combine(Catalog, relative);
        File.WriteAllText(file, change(File.ReadAllText(file)));
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
