using System.Text;

namespace MetricAssistant.Catalog.Model;

/// <summary>
/// Splits dotted names ("analytics.dwd.orders", <c>dwd."Order Lines"</c>) into their parts. A part is plain text
/// without dots, double quotes or white space, or is written in double quotes, where <c>""</c> stands for one quote;
/// the quotes only delimit, they never reach the part.
/// </summary>
public static class IdentifierPath
{
    /// <summary>The parts of <paramref name="text"/>, or the reason it cannot be read (null when it can).</summary>
    public static (IReadOnlyList<string> Parts, string? Error) Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = new List<string>();
        var position = 0;
        while (true)
        {
            var part = new StringBuilder();
            var number = parts.Count + 1;
            if (position < text.Length && text[position] == '"')
            {
                position++;
                while (true)
                {
                    if (position >= text.Length) return (parts, $"part {number} opens a double quote that is never closed");
                    if (text[position] == '"')
                    {
                        if (position + 1 < text.Length && text[position + 1] == '"') { part.Append('"'); position += 2; continue; }
                        position++;
                        break;
                    }
                    part.Append(text[position++]);
                }
                if (part.Length == 0) return (parts, $"part {number} is empty (\"\")");
                if (position < text.Length && text[position] != '.') return (parts, $"part {number} has '{text[position]}' after its closing quote; parts are separated by '.'");
            }
            else
            {
                while (position < text.Length && text[position] != '.')
                {
                    var c = text[position];
                    if (c == '"') return (parts, $"part {number} has a double quote inside it; write the whole part in double quotes, with \"\" for a quote");
                    if (char.IsWhiteSpace(c) || char.IsControl(c)) return (parts, $"part {number} contains white space; write that part in double quotes");
                    part.Append(c);
                    position++;
                }
                if (part.Length == 0) return (parts, $"part {number} is empty");
            }
            parts.Add(part.ToString());
            if (position >= text.Length) return (parts, null);
            position++; // the '.'
            if (position >= text.Length) return (parts, $"part {number + 1} is empty (the name ends with '.')");
        }
    }

    /// <summary>The text that <see cref="Split"/> reads back into <paramref name="parts"/>; plain parts stay unquoted.</summary>
    public static string Join(IEnumerable<string> parts) => string.Join('.', parts.Select(Write));

    /// <summary>One part as written in a dotted name: quoted only when plain text could not hold it (an empty part stays empty).</summary>
    public static string Write(string part) =>
        part.All(c => c != '.' && c != '"' && !char.IsWhiteSpace(c) && !char.IsControl(c))
            ? part
            : "\"" + part.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
