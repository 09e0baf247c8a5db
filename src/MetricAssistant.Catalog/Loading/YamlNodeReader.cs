using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;
using YamlDotNet.RepresentationModel;

namespace MetricAssistant.Catalog.Loading;

/// <summary>
/// Typed access to one YAML mapping that reports what is missing, misspelt or of the wrong shape, with the
/// line of the offending node, and carries on with a neutral value so one run finds every problem.
/// </summary>
internal sealed class YamlNodeReader(YamlMappingNode node, string file, ProblemSink problems, string context)
{
    public string File => file;
    public string Context => context;
    public ProblemSink Problems => problems;
    public SourceLocation Location => At(node);

    public SourceLocation At(YamlNode n) => new(file, checked((int)n.Start.Line));

    /// <summary>The line of a field's value, or of the whole mapping when the field is absent.</summary>
    public SourceLocation LocationOf(string key) => Node(key) is { } value ? At(value) : Location;

    public YamlNode? Node(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && !IsNull(value) ? value : null;

    public bool Has(string key) => Node(key) is not null;

    /// <summary>A plain value without reporting anything when it is absent or not plain (for naming contexts).</summary>
    public string? Peek(string key) => (Node(key) as YamlScalarNode)?.Value;

    public YamlNodeReader WithContext(string newContext) => new(node, file, problems, newContext);

    /// <summary>Reports keys outside <paramref name="known"/>, with the closest known key as a hint.</summary>
    public void Known(params string[] known)
    {
        foreach (var key in node.Children.Keys)
        {
            var name = key is YamlScalarNode s ? s.Value ?? "" : key.ToString();
            if (!known.Contains(name, StringComparer.Ordinal))
                problems.Add(At(key), CatalogProblemCodes.UnknownField, $"unknown field '{name}' in {context}",
                    DidYouMean.Suggest(name, known));
        }
    }

    public string? String(string key, bool required = false)
    {
        var value = Node(key);
        if (value is null) return Missing<string>(key, required);
        if (value is YamlScalarNode scalar) return scalar.Value;
        return WrongShape<string>(value, key, "a single value");
    }

    public int? Int(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null) return null;
        if (int.TryParse(text, out var number)) return number;
        problems.Add(LocationOf(key), CatalogProblemCodes.InvalidField, $"field '{key}' of {context} must be a whole number, not '{text}'");
        return null;
    }

    public bool Bool(string key, bool fallback)
    {
        var text = String(key);
        if (text is null) return fallback;
        if (bool.TryParse(text, out var flag)) return flag;
        problems.Add(LocationOf(key), CatalogProblemCodes.InvalidField, $"field '{key}' of {context} must be true or false, not '{text}'");
        return fallback;
    }

    /// <summary>A list of plain values; a single value counts as a one-element list ("primary_key: order_id").</summary>
    public IReadOnlyList<string> Strings(string key, bool required = false)
    {
        var value = Node(key);
        if (value is null) { Missing<string>(key, required); return []; }
        if (value is YamlScalarNode scalar) return [scalar.Value ?? ""];
        if (value is not YamlSequenceNode sequence) return WrongShape<IReadOnlyList<string>>(value, key, "a list of values") ?? [];
        var items = new List<string>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode s && !IsNull(s)) items.Add(s.Value ?? "");
            else WrongShape<string>(item, key, "a plain value");
        }
        return items;
    }

    /// <summary>A "{ zh: …, en: … }" text; missing halves come back empty for the naming rules to report.</summary>
    public LocalizedText Localized(string key, bool required = false)
    {
        // A plain value where { zh, en } belongs is reported, then used for both languages to avoid echo problems.
        if (Node(key) is YamlScalarNode plain)
        {
            WrongShape<string>(plain, key, "a mapping { zh: …, en: … }");
            return new LocalizedText(plain.Value ?? "", plain.Value ?? "");
        }
        var map = Mapping(key, required);
        if (map is null) return new LocalizedText("", "");
        map.Known("zh", "en");
        return new LocalizedText(map.String("zh") ?? "", map.String("en") ?? "");
    }

    public YamlNodeReader? Mapping(string key, bool required = false)
    {
        var value = Node(key);
        if (value is null) return Missing<YamlNodeReader>(key, required);
        if (value is YamlMappingNode map) return new YamlNodeReader(map, file, problems, $"'{key}' of {context}");
        return WrongShape<YamlNodeReader>(value, key, "a mapping");
    }

    /// <summary>The entries of a mapping field, in file order ("dimensions: { region: stores.region_code }").</summary>
    public IReadOnlyList<(string Key, YamlNode Value, SourceLocation At)> Entries(string key)
    {
        var value = Node(key);
        if (value is null) return [];
        if (value is not YamlMappingNode map) return WrongShape<IReadOnlyList<(string, YamlNode, SourceLocation)>>(value, key, "a mapping") ?? [];
        return map.Children.Select(kv => ((kv.Key as YamlScalarNode)?.Value ?? "", kv.Value, At(kv.Key))).ToList();
    }

    /// <summary>The mappings of a list field; other items are reported and skipped.</summary>
    public IReadOnlyList<YamlNodeReader> Sequence(string key, string itemName, bool required = false)
    {
        var value = Node(key);
        if (value is null) { Missing<string>(key, required); return []; }
        if (value is not YamlSequenceNode sequence) return WrongShape<IReadOnlyList<YamlNodeReader>>(value, key, "a list") ?? [];
        var items = new List<YamlNodeReader>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode map) items.Add(new YamlNodeReader(map, file, problems, $"{itemName} of {context}"));
            else WrongShape<string>(item, key, "a list of mappings");
        }
        return items;
    }

    /// <summary>A word of a closed vocabulary; an unknown word is reported with the closest known one.</summary>
    public T Enum<T>(string key, IReadOnlyDictionary<string, T> vocabulary, T fallback, bool required = false) =>
        Enum(key, vocabulary, fallback, required, out _);

    /// <summary>As above; <paramref name="known"/> is false when the word was given but is not in the vocabulary.</summary>
    public T Enum<T>(string key, IReadOnlyDictionary<string, T> vocabulary, T fallback, bool required, out bool known)
    {
        known = true;
        var text = String(key, required);
        if (text is null) return fallback;
        if (vocabulary.TryGetValue(text, out var value)) return value;
        known = false;
        problems.Add(LocationOf(key), CatalogProblemCodes.UnknownValue,
            $"unknown {key} '{text}' in {context}; expected one of: {string.Join(", ", vocabulary.Keys)}",
            DidYouMean.Suggest(text, vocabulary.Keys));
        return fallback;
    }

    public YamlNodeReader ForItem(YamlMappingNode item, string itemContext) => new(item, file, problems, itemContext);

    internal static bool IsNull(YamlNode value) =>
        value is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s && (s.Value is null or "" or "~" or "null");

    private T? Missing<T>(string key, bool required) where T : class
    {
        if (required) problems.Add(Location, CatalogProblemCodes.MissingField, $"missing required field '{key}' in {context}");
        return null;
    }

    private T? WrongShape<T>(YamlNode value, string key, string expected) where T : class
    {
        problems.Add(At(value), CatalogProblemCodes.InvalidField, $"field '{key}' of {context} must be {expected}");
        return null;
    }
}
