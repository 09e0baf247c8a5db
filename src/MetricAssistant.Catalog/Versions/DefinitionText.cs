using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MetricAssistant.Catalog.Versions;

/// <summary>
/// Edits a definition's YAML text one top-level field at a time, leaving every other line as it was (comments,
/// flow lists, the order of fields), so a published change reads in git as the lines it changed.
/// </summary>
public static partial class DefinitionText
{
    /// <summary>Replaces (or appends, or with a null value removes) top-level fields; the rest of the text is kept.</summary>
    public static string SetFields(string yaml, IEnumerable<KeyValuePair<string, YamlNode?>> fields)
    {
        var lines = Lines(yaml);
        foreach (var (key, value) in fields)
        {
            var block = Block(lines, key);
            var replacement = value is null ? [] : Lines(Emit(new YamlMappingNode { { new YamlScalarNode(key), value } }));
            if (block is { } range)
            {
                lines.RemoveRange(range.Start, range.Count);
                lines.InsertRange(range.Start, replacement);
            }
            else
            {
                while (lines.Count > 0 && lines[^1].Trim().Length == 0) lines.RemoveAt(lines.Count - 1);
                lines.AddRange(replacement);
            }
        }
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>Adds <paramref name="item"/> at the end of the top-level list <paramref name="key"/> (created when missing), indented as its items are.</summary>
    public static string AppendItem(string yaml, string key, YamlNode item)
    {
        var lines = Lines(yaml);
        if (Block(lines, key) is not { } range || range.Count == 1 && !lines[range.Start].TrimEnd().EndsWith(':'))
            return SetFields(yaml, [new(key, new YamlSequenceNode(item))]);
        var indent = lines.Skip(range.Start + 1).Take(range.Count - 1).Select(l => DashIndent().Match(l)).FirstOrDefault(m => m.Success)?.Groups[1].Value ?? "  ";
        var emitted = Lines(Emit(new YamlSequenceNode(item))).Select(l => indent + l);
        var end = range.Start + range.Count;
        while (end > range.Start + 1 && lines[end - 1].Trim().Length == 0) end--;
        lines.InsertRange(end, emitted);
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>The top-level field whose lines hold 1-based <paramref name="line"/>, or null.</summary>
    public static string? FieldAt(string yaml, int line)
    {
        var lines = Lines(yaml);
        string? field = null;
        for (var i = 0; i < lines.Count && i < line; i++)
            if (TopKey().Match(lines[i]) is { Success: true } m) field = m.Groups[1].Value;
        return field;
    }

    /// <summary>The document's top-level mapping, or null when the text is not one.</summary>
    public static YamlMappingNode? Root(string yaml)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode;
        }
        catch (YamlException)
        {
            return null;
        }
    }

    /// <summary>A top-level scalar's value, or null.</summary>
    public static string? Scalar(string yaml, string key) =>
        Root(yaml) is { } root && root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode s ? s.Value : null;

    /// <summary>YAML text for a node, on one line where the node's style says flow.</summary>
    public static string Emit(YamlNode node)
    {
        var writer = new StringWriter();
        new YamlStream(new YamlDocument(node)).Save(new Emitter(writer, 2, 10_000), assignAnchors: false);
        var text = writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        var kept = text.Split('\n').Where(l => l != "..." && l.Length > 0);
        return string.Join('\n', kept) + "\n";
    }

    /// <summary>The lines of a top-level field: its key line and what follows up to the next top-level key (comments before that key stay with it).</summary>
    private static (int Start, int Count)? Block(List<string> lines, string key)
    {
        var start = lines.FindIndex(l => TopKey().Match(l) is { Success: true } m && m.Groups[1].Value == key);
        if (start < 0) return null;
        var next = lines.FindIndex(start + 1, l => TopKey().IsMatch(l) || l.StartsWith("---", StringComparison.Ordinal));
        var end = next < 0 ? lines.Count : next;
        while (end > start + 1 && (lines[end - 1].StartsWith('#') || lines[end - 1].Trim().Length == 0)) end--;
        return (start, end - start);
    }

    private static List<string> Lines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_]*)\s*:(\s|$)")]
    private static partial Regex TopKey();

    [GeneratedRegex(@"^(\s*)-\s")]
    private static partial Regex DashIndent();
}
