using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace MetricAssistant.Charts;

/// <summary>
/// Picks, once per process, a font that can draw Chinese: the configured families first, then any installed
/// family with CJK glyphs. Without one, charts still render (Chinese as boxes) and a warning is logged once.
/// </summary>
public sealed class ChartFontResolver
{
    /// <summary>Used when no CJK font is installed; shipped by fonts-dejavu-core, else Skia's default is taken.</summary>
    public const string LatinFallback = "DejaVu Sans";

    // 中 stands for the Han script: a family that has it has the common Chinese characters.
    private const char HanProbe = '中';

    // ScottPlot's own layout is drawn for DejaVu Sans, whose deepest glyph lies this far (in ems) below its usual descent.
    private const float ReferenceDropEm = 0.227f;

    private readonly Lazy<ChartFont> font;

    public ChartFontResolver(IOptions<ChartOptions> options, ILogger<ChartFontResolver> logger)
    {
        font = new Lazy<ChartFont>(() => Resolve(options.Value, logger), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public ChartFont Font => font.Value;

    private static ChartFont Resolve(ChartOptions options, ILogger logger)
    {
        foreach (var family in options.EffectiveCjkFontFamilies)
            if (HasHan(family)) return Measured(family, true);

        if (options.ScanInstalledFonts)
        {
            // Ordinal order keeps the choice the same from run to run whatever order the font manager lists them in.
            var installed = SKFontManager.Default.FontFamilies.Order(StringComparer.Ordinal).FirstOrDefault(HasHan);
            if (installed is not null) return Measured(installed, true);
        }

        var fallback = SKTypeface.FromFamilyName(LatinFallback);
        var name = fallback?.FamilyName is { Length: > 0 } found ? found : LatinFallback;
        logger.LogWarning("No font with Chinese glyphs is installed (tried {Families}); charts use {Font} and Chinese labels will show as boxes. Install fonts-noto-cjk.",
            string.Join(", ", options.EffectiveCjkFontFamilies), name);
        return Measured(name, false);
    }

    private static ChartFont Measured(string family, bool supportsCjk)
    {
        using var font = new SKFont(SKTypeface.FromFamilyName(family), 100);
        var drop = (font.Metrics.Bottom - font.Metrics.Descent) / 100;
        return new ChartFont(family, supportsCjk, Math.Max(0, drop - ReferenceDropEm));
    }

    /// <summary>
    /// Skia answers an unknown family with its default typeface, so the name is checked as well as the glyph.
    /// Typefaces are not disposed: Skia may hand back its shared default, and this runs a handful of times per process.
    /// </summary>
    private static bool HasHan(string family)
    {
        var typeface = SKTypeface.FromFamilyName(family);
        return typeface is not null
            && string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase)
            && typeface.ContainsGlyph(HanProbe);
    }
}
