namespace MetricAssistant.Catalog.Tests;

/// <summary>Finds the repository from the test binaries, so tests read the real catalog/ folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Catalog => Path.Combine(Root, "catalog");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MetricAssistant.sln"))) return dir.FullName;
        throw new InvalidOperationException($"MetricAssistant.sln not found above {AppContext.BaseDirectory}");
    }
}
