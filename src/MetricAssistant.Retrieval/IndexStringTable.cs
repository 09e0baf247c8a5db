using System.Text;

namespace MetricAssistant.Retrieval;

/// <summary>Strings stored once each in an index file: UTF-8 bytes one after another, and where each ends.</summary>
internal static class IndexStringTable
{
    public static (int[] Offsets, byte[] Utf8) Encode(IReadOnlyList<string> strings)
    {
        var offsets = new int[strings.Count + 1];
        for (var i = 0; i < strings.Count; i++) offsets[i + 1] = checked(offsets[i] + Encoding.UTF8.GetByteCount(strings[i]));
        var utf8 = new byte[offsets[^1]];
        for (var i = 0; i < strings.Count; i++) Encoding.UTF8.GetBytes(strings[i], utf8.AsSpan(offsets[i]));
        return (offsets, utf8);
    }

    /// <summary>The strings; offsets that do not fit the bytes throw <see cref="InvalidDataException"/>.</summary>
    public static string[] Decode(int[] offsets, byte[] utf8)
    {
        if (offsets.Length == 0 || offsets[0] != 0 || offsets[^1] != utf8.Length) throw new InvalidDataException("corrupt string table");
        var strings = new string[offsets.Length - 1];
        for (var i = 0; i < strings.Length; i++)
        {
            if (offsets[i + 1] < offsets[i]) throw new InvalidDataException("corrupt string table");
            strings[i] = Encoding.UTF8.GetString(utf8, offsets[i], offsets[i + 1] - offsets[i]);
        }
        return strings;
    }
}
