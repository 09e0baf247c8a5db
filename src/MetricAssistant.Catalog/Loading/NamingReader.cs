using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Catalog.Loading;

/// <summary>
/// Reads the naming rules document (<c>naming:</c>, conventionally catalog/governance/naming.yaml), e.g.
/// <c>naming: { id_pattern: "^[a-z][a-z0-9_]*$", required_languages: [zh, en], reserved_words: [all, total], max_id_length: 48 }</c>.
/// A broken rule is reported at its line and the default stands in for it, so the rest of the catalog is still checked.
/// </summary>
internal static class NamingReader
{
    private static readonly string[] Fields = ["id_pattern", "required_languages", "reserved_words", "max_id_length", "max_name_length", "note"];

    public static NamingConventions Read(YamlNodeReader document)
    {
        var root = document.WithContext("naming rules");
        root.Known("naming");
        var r = root.Mapping("naming", required: true);
        if (r is null) return NamingConventions.Default with { Source = document.Location };
        r.Known(Fields);
        var pattern = Pattern(r);
        var languages = Languages(r);
        var reserved = r.Strings("reserved_words").Select(w => w.Trim()).Where(w => w.Length > 0).ToArray();
        return new NamingConventions(pattern, languages, reserved, Limit(r, "max_id_length"), Limit(r, "max_name_length"), document.Location);
    }

    private static string Pattern(YamlNodeReader r)
    {
        var pattern = r.String("id_pattern");
        if (pattern is null) return NamingConventions.SnakeCasePattern;
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
            return pattern;
        }
        catch (ArgumentException e)
        {
            r.Problems.Add(r.LocationOf("id_pattern"), CatalogProblemCodes.InvalidField,
                $"id_pattern '{pattern}' of {r.Context} is not a valid regular expression: {e.Message}", $"e.g. '{NamingConventions.SnakeCasePattern}'");
            return NamingConventions.SnakeCasePattern;
        }
    }

    private static IReadOnlyList<string> Languages(YamlNodeReader r)
    {
        if (!r.Has("required_languages")) return NamingConventions.KnownLanguages;
        var languages = new List<string>();
        foreach (var language in r.Strings("required_languages"))
        {
            var code = language.Trim().ToLowerInvariant();
            if (NamingConventions.KnownLanguages.Contains(code)) { if (!languages.Contains(code)) languages.Add(code); continue; }
            r.Problems.Add(r.LocationOf("required_languages"), CatalogProblemCodes.UnknownValue,
                $"unknown language '{language}' in required_languages of {r.Context}; expected one of: {string.Join(", ", NamingConventions.KnownLanguages)}",
                DidYouMean.Suggest(code, NamingConventions.KnownLanguages));
        }
        return languages;
    }

    private static int? Limit(YamlNodeReader r, string key)
    {
        var value = r.Int(key);
        if (value is null or > 0) return value;
        r.Problems.Add(r.LocationOf(key), CatalogProblemCodes.InvalidField, $"{key} of {r.Context} must be a positive whole number, not {value}");
        return null;
    }
}
