namespace MetricAssistant.Application.Charts;

/// <summary>
/// How to render: pixel size and the language of the labels ("zh" or "en"). Sizes outside
/// <see cref="MinSize"/>–<see cref="MaxSize"/> are clamped, so a careless caller cannot ask for a huge bitmap.
/// </summary>
public sealed record ChartRequest(int Width = 720, int Height = 360, string Language = "zh")
{
    public const int MinSize = 160;
    public const int MaxSize = 2000;

    public int ClampedWidth => Math.Clamp(Width, MinSize, MaxSize);

    public int ClampedHeight => Math.Clamp(Height, MinSize, MaxSize);

    public bool Chinese => Language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
}
