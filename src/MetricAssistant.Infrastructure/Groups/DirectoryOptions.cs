using System.ComponentModel.DataAnnotations;

namespace MetricAssistant.Infrastructure.Groups;

/// <summary>
/// Where Teams users' directory groups come from (section <c>Directory</c>): <c>none</c> (the default: Teams users get
/// their configured mapping only), <c>file</c> (a JSON export, <see cref="FilePath"/>) or <c>graph</c> (Microsoft Graph,
/// <see cref="Graph"/>). Memberships are kept <see cref="CacheMinutes"/> minutes.
/// </summary>
public sealed class DirectoryOptions
{
    public const string Section = "Directory";

    public static readonly IReadOnlyList<string> Sources = ["none", "file", "graph"];

    public string Source { get; set; } = "none";

    /// <summary>For <c>file</c>: the export, relative to the repository root (format in <see cref="FileDirectoryGroups"/>).</summary>
    public string? FilePath { get; set; }

    /// <summary>How long a user's groups are kept before the directory is asked again; 0 asks every time.</summary>
    [Range(0, 1440)]
    public int CacheMinutes { get; set; } = 15;

    /// <summary>At most this many users' memberships are kept.</summary>
    [Range(1, 1_000_000)]
    public int CacheMaxEntries { get; set; } = 10_000;

    public GraphDirectoryOptions Graph { get; set; } = new();
}
