using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Encodings.Web;

namespace MetricAssistant.Bot.Packaging;

/// <summary>Writes <c>manifest.json</c>, <c>color.png</c>, <c>outline.png</c> and the zip that holds the three at its
/// root (what Teams' "Upload a custom app" and the admin center take).</summary>
public static class TeamsAppPackager
{
    public const string ManifestFile = "manifest.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TeamsAppPackage Write(TeamsAppPackageRequest request, string outputDirectory)
    {
        var directory = Path.GetFullPath(outputDirectory);
        Directory.CreateDirectory(directory);
        var files = new (string Name, byte[] Bytes)[]
        {
            (ManifestFile, Encoding.UTF8.GetBytes(TeamsManifest.Build(request).ToJsonString(Indented))),
            (TeamsManifest.ColorIcon, TeamsIcons.ColorPng(request.AccentColor)),
            (TeamsManifest.OutlineIcon, TeamsIcons.OutlinePng()),
        };
        foreach (var (name, bytes) in files)
            File.WriteAllBytes(Path.Combine(directory, name), bytes);

        var zipPath = Path.Combine(directory, $"{ZipStem(request.Name)}-teams-app.zip");
        File.Delete(zipPath);
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            foreach (var (name, bytes) in files)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(bytes);
            }
        }
        return new TeamsAppPackage(directory, Path.Combine(directory, ManifestFile), Path.Combine(directory, TeamsManifest.ColorIcon),
            Path.Combine(directory, TeamsManifest.OutlineIcon), zipPath);
    }

    /// <summary>"Metric Assistant" → "metric-assistant"; a name with no ASCII letters or digits → "app".</summary>
    internal static string ZipStem(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }
        var stem = builder.ToString().Trim('-');
        return stem.Length == 0 ? "app" : stem;
    }
}
