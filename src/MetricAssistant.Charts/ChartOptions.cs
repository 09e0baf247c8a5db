using System.ComponentModel.DataAnnotations;

namespace MetricAssistant.Charts;

/// <summary>The <c>Charts</c> section: fonts for Chinese labels and the bounds of the chart-spec store.</summary>
public sealed class ChartOptions
{
    public const string Section = "Charts";

    /// <summary>Tried when <see cref="CjkFontFamilies"/> is empty; Debian's fonts-noto-cjk gives the first.</summary>
    public static readonly IReadOnlyList<string> DefaultCjkFontFamilies = ["Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC"];

    /// <summary>
    /// Font families tried in order for Chinese text; empty means <see cref="DefaultCjkFontFamilies"/>. Empty by
    /// default because the configuration binder appends to an array it finds filled: a configured list must replace it.
    /// </summary>
    public string[] CjkFontFamilies { get; set; } = [];

    public IReadOnlyList<string> EffectiveCjkFontFamilies => CjkFontFamilies.Length > 0 ? CjkFontFamilies : DefaultCjkFontFamilies;

    /// <summary>When none of <see cref="CjkFontFamilies"/> is installed, look through every installed family for one with Chinese glyphs.</summary>
    public bool ScanInstalledFonts { get; set; } = true;

    /// <summary>How long a chart stays fetchable by its id (in memory and in the shared store alike).</summary>
    [Range(1, 24 * 60)]
    public int CacheMinutes { get; set; } = 60;

    /// <summary>Chart specs kept at once by one instance without a shared store (a spec is a few kilobytes).</summary>
    [Range(1, 1_000_000)]
    public int CacheMaxEntries { get; set; } = 10_000;
}
