using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace MetricAssistant.Catalog.Loading;

/// <summary>Splits one YAML file into its documents; a syntax error becomes a problem with its line, never an exception.</summary>
internal static class YamlDocuments
{
    public static IReadOnlyList<YamlNodeReader> Parse(string path, string text, ProblemSink problems)
    {
        var stream = new YamlStream();
        var parser = new TrackingParser(new Parser(new StringReader(text)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            // The innermost message is the parser's own ("did not find expected key"); the outer one repeats the position.
            var message = (e.InnerException as YamlException ?? e).Message;
            problems.Add(new SourceLocation(path, checked((int)Math.Max(1, e.Start.Line))), CatalogProblemCodes.YamlSyntax,
                $"invalid YAML: {Clean(message)}");
            return [];
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // The scanner fails this way on some unclosed flow collections ("[a, b" then a new line), without a position.
            problems.Add(new SourceLocation(path, parser.LastLine), CatalogProblemCodes.YamlSyntax,
                "invalid YAML: a list [..] or mapping {..} is not closed, or a value cannot be read, at or after this line");
            return [];
        }

        var documents = new List<YamlNodeReader>();
        foreach (var document in stream.Documents)
        {
            var root = document.RootNode;
            if (YamlNodeReader.IsNull(root)) continue;
            if (root is YamlMappingNode map) documents.Add(new YamlNodeReader(map, path, problems, "definition"));
            else problems.Add(new SourceLocation(path, checked((int)root.Start.Line)), CatalogProblemCodes.NotAMapping,
                "a catalog document must be a mapping such as 'metric: gmv' followed by its fields");
        }
        return documents;
    }

    /// <summary>Remembers where the last event that parsed ended, to place errors the scanner reports without a position.</summary>
    private sealed class TrackingParser(IParser inner) : IParser
    {
        public int LastLine { get; private set; } = 1;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is { } current) LastLine = checked((int)Math.Max(1, current.End.Line));
            return moved;
        }
    }

    // "(Line: 3, Col: 5, Idx: 40) - (Line: 3, Col: 6, Idx: 41): While scanning …" → "While scanning …"
    private static string Clean(string message)
    {
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && marker > 0 ? message[(marker + 3)..] : message;
    }
}
