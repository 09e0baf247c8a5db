using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using MetricAssistant.Bot.Packaging;

namespace MetricAssistant.Bot.Tests.Packaging;

/// <summary>Reads back the PNGs the packager writes (RGBA, 8 bits, filter 0), checking every chunk's CRC on the way.</summary>
internal static class PngReader
{
    public sealed record Image(int Width, int Height, byte ColorType, byte[] Rgba)
    {
        public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
        {
            var i = (y * Width + x) * 4;
            return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
        }
    }

    public static Image Read(byte[] png)
    {
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        var offset = 8;
        int width = 0, height = 0;
        byte colorType = 0;
        using var idat = new MemoryStream();
        var chunks = new List<string>();
        while (offset < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var typed = png.AsSpan(offset + 4, 4 + length);
            var type = Encoding.ASCII.GetString(typed[..4]);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset + 8 + length));
            Assert.Equal(crc, PngEncoder.Crc32(typed));
            var data = typed[4..];
            chunks.Add(type);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.Equal(8, data[8]);
                colorType = data[9];
            }
            else if (type == "IDAT")
                idat.Write(data);
            offset += 12 + length;
        }
        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks);

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
            zlib.CopyTo(inflated);
        var raw = inflated.ToArray();
        var stride = width * 4;
        Assert.Equal(height * (stride + 1), raw.Length);
        var rgba = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            Assert.Equal(0, raw[y * (stride + 1)]);
            Array.Copy(raw, y * (stride + 1) + 1, rgba, y * stride, stride);
        }
        return new Image(width, height, colorType, rgba);
    }
}
