namespace MetricAssistant.Bot.Packaging;

/// <summary>
/// The app's two icons, drawn in code: a rising bar chart on a baseline. <c>color.png</c> is 192×192, white
/// glyph on the accent colour; <c>outline.png</c> is 32×32, white glyph on transparent (Teams' rules for each).
/// </summary>
public static class TeamsIcons
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    // The glyph on a 32-unit grid: three bars and a baseline, as (left, top, right, bottom), right/bottom exclusive.
    private static readonly (int L, int T, int R, int B)[] Glyph =
    [
        (7, 17, 11, 25),
        (14, 12, 18, 25),
        (21, 7, 25, 25),
        (5, 26, 27, 28),
    ];

    public static byte[] ColorPng(string accentColor)
    {
        var (r, g, b) = ParseHex(accentColor);
        var pixels = Draw(ColorSize, (r, g, b, 255), (255, 255, 255, 255));
        return PngEncoder.Encode(ColorSize, ColorSize, pixels);
    }

    public static byte[] OutlinePng() => PngEncoder.Encode(OutlineSize, OutlineSize, Draw(OutlineSize, (0, 0, 0, 0), (255, 255, 255, 255)));

    private static byte[] Draw(int size, (byte R, byte G, byte B, byte A) background, (byte R, byte G, byte B, byte A) ink)
    {
        var pixels = new byte[size * size * 4];
        var scale = size / 32;
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var on = Glyph.Any(rect => x >= rect.L * scale && x < rect.R * scale && y >= rect.T * scale && y < rect.B * scale);
                var c = on ? ink : background;
                var i = (y * size + x) * 4;
                pixels[i] = c.R;
                pixels[i + 1] = c.G;
                pixels[i + 2] = c.B;
                pixels[i + 3] = c.A;
            }
        }
        return pixels;
    }

    /// <summary>"#1F6FEB" → (31, 111, 235).</summary>
    private static (byte R, byte G, byte B) ParseHex(string hex)
    {
        var digits = hex.TrimStart('#');
        if (digits.Length != 6 || !int.TryParse(digits, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var value))
            throw new ArgumentException($"'{hex}' is not a #RRGGBB colour.", nameof(hex));
        return ((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }
}
