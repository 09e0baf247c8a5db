using MetricAssistant.Application.Charts;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Charts;
using MetricAssistant.Tests.Shared;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SkiaSharp;
using MetricAssistant.Application.Catalog;

namespace MetricAssistant.Charts.Tests;

/// <summary>Renderers on the repository's catalog, PNG checks, and the rendered files under artifacts/charts/ for a person to look at.</summary>
internal static class ChartTestSupport
{
    public const string NotoCjkFile = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

    public static bool NotoCjkInstalled => File.Exists(NotoCjkFile);

    public static ScottPlotChartRenderer Renderer(ChartOptions? options = null, ILogger<ChartFontResolver>? logger = null) =>
        new(CatalogProvider(), new ChartFontResolver(Options.Create(options ?? new ChartOptions()), logger ?? new ListLogger<ChartFontResolver>()));

    public static ICatalogProvider CatalogProvider() => new FixedCatalog(TestRepository.Catalog);

    /// <summary>Options under which no Chinese font can be found: what a machine without fonts-noto-cjk sees.</summary>
    public static ChartOptions WithoutCjkFonts() => new() { CjkFontFamilies = ["No Such Font MA"], ScanInstalledFonts = false };

    /// <summary>Checks the PNG signature and that Skia decodes it to the stated size; returns the decoded bitmap's pixels.</summary>
    public static SKColor[] AssertPng(ChartImage image, int width, int height)
    {
        Assert.True(image.Png.Length > 1000, $"PNG of {image.Png.Length} bytes");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, image.Png[..8]);
        using var bitmap = SKBitmap.Decode(image.Png);
        Assert.NotNull(bitmap);
        Assert.Equal(width, bitmap.Width);
        Assert.Equal(height, bitmap.Height);
        Assert.Equal((width, height), (image.Width, image.Height));
        // Something besides the white background was drawn.
        Assert.True(bitmap.Pixels.Count(p => p != SKColors.White) > width * height / 100, "the chart is blank");
        return bitmap.Pixels;
    }

    public static void Save(ChartImage image, string name)
    {
        var directory = Path.Combine(TestRepository.Root, "artifacts", "charts");
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, name + ".png"), image.Png);
    }

    private sealed class FixedCatalog(SemanticCatalog catalog) : ICatalogProvider
    {
        public SemanticCatalog Current => catalog;
    }
}

/// <summary>A logger that keeps what was logged, to count warnings.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    public List<(LogLevel Level, string Message)> Entries { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (Entries) Entries.Add((logLevel, formatter(state, exception)));
    }
}

/// <summary>A clock the test moves by hand.</summary>
internal sealed class ManualTime(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;
}
