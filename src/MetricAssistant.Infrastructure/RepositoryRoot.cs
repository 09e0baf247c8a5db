namespace MetricAssistant.Infrastructure;

/// <summary>
/// The folder holding appsettings.json and catalog/: METRICASSISTANT_ROOT when set, else the first
/// ancestor of the working directory or of the program's folder that has both.
/// </summary>
public sealed class RepositoryRoot(string path)
{
    public string Path { get; } = path;

    public string Resolve(string relativeOrAbsolute) =>
        System.IO.Path.IsPathRooted(relativeOrAbsolute) ? relativeOrAbsolute : System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, relativeOrAbsolute));

    public static RepositoryRoot Locate()
    {
        var configured = Environment.GetEnvironmentVariable("METRICASSISTANT_ROOT");
        if (!string.IsNullOrWhiteSpace(configured)) return new RepositoryRoot(System.IO.Path.GetFullPath(configured));
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(dir.FullName, "appsettings.json")) && Directory.Exists(System.IO.Path.Combine(dir.FullName, "catalog")))
                    return new RepositoryRoot(dir.FullName);
            }
        }
        return new RepositoryRoot(Directory.GetCurrentDirectory());
    }
}
