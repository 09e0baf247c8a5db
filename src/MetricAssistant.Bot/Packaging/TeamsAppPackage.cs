namespace MetricAssistant.Bot.Packaging;

/// <summary>Where <see cref="TeamsAppPackager.Write"/> put the files (absolute paths).</summary>
public sealed record TeamsAppPackage(string Directory, string ManifestPath, string ColorIconPath, string OutlineIconPath, string ZipPath);
