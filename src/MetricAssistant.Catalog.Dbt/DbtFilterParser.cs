using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Dbt;

/// <summary>
/// Reads the where filters dbt metrics and queries carry — Jinja over SQL — when they are plain conditions on
/// dimensions: <c>{{ Dimension('booking__is_instant') }}</c>, <c>NOT …</c>, <c>= 'x'</c>, <c>!= 'x'</c>, <c>IN (…)</c>,
/// <c>NOT IN (…)</c>, <c>IS [NOT] NULL</c>, joined by AND. Anything else (time dimensions, entities, metrics,
/// comparisons, OR) is null: the caller reports it as not expressible.
/// </summary>
public static partial class DbtFilterParser
{
    [GeneratedRegex(@"^\{\{\s*Dimension\(\s*['""]([A-Za-z0-9_]+)['""]\s*\)\s*\}\}", RegexOptions.IgnoreCase)]
    private static partial Regex DimensionRef();

    [GeneratedRegex(@"\s+AND\s+", RegexOptions.IgnoreCase)]
    private static partial Regex And();

    [GeneratedRegex(@"^'((?:[^']|'')*)'$|^(-?[0-9]+(?:\.[0-9]+)?|true|false)$", RegexOptions.IgnoreCase)]
    private static partial Regex Literal();

    public static IReadOnlyList<DbtCondition>? Parse(IEnumerable<string> filters)
    {
        var conditions = new List<DbtCondition>();
        foreach (var filter in filters)
        {
            foreach (var part in And().Split(Unwrap(filter.Trim())))
            {
                var condition = Condition(Unwrap(part.Trim()));
                if (condition is null) return null;
                conditions.Add(condition);
            }
        }
        return conditions;
    }

    private static DbtCondition? Condition(string text)
    {
        var negated = false;
        if (text.StartsWith("NOT ", StringComparison.OrdinalIgnoreCase)) { negated = true; text = Unwrap(text[4..].Trim()); }
        var match = DimensionRef().Match(text);
        if (!match.Success) return null;
        var dimension = match.Groups[1].Value;
        var rest = text[match.Length..].Trim();
        if (rest.Length == 0) return new DbtCondition(dimension, FilterOperator.Equals, [negated ? "false" : "true"]);
        if (negated) return null;
        var upper = rest.ToUpperInvariant();
        if (upper == "IS NULL") return new DbtCondition(dimension, FilterOperator.IsNull, []);
        if (upper == "IS NOT NULL") return new DbtCondition(dimension, FilterOperator.IsNotNull, []);
        foreach (var (word, op) in new[] { ("NOT IN", FilterOperator.NotIn), ("IN", FilterOperator.In) })
        {
            if (!upper.StartsWith(word, StringComparison.Ordinal)) continue;
            var list = rest[word.Length..].Trim();
            if (!list.StartsWith('(') || !list.EndsWith(')')) return null;
            var values = list[1..^1].Split(',').Select(v => Value(v.Trim())).ToList();
            return values.Any(v => v is null) ? null : new DbtCondition(dimension, op, values!);
        }
        foreach (var (word, op) in new[] { ("!=", FilterOperator.NotEquals), ("<>", FilterOperator.NotEquals), ("=", FilterOperator.Equals) })
        {
            if (!rest.StartsWith(word, StringComparison.Ordinal)) continue;
            return Value(rest[word.Length..].Trim()) is { } value ? new DbtCondition(dimension, op, [value]) : null;
        }
        return null;
    }

    private static string? Value(string text)
    {
        var match = Literal().Match(text);
        if (!match.Success) return null;
        return match.Groups[1].Success ? match.Groups[1].Value.Replace("''", "'") : match.Groups[2].Value.ToLowerInvariant();
    }

    /// <summary>Drops parentheses around a whole condition: "( {{ Dimension('x') }} )".</summary>
    private static string Unwrap(string text)
    {
        while (text.StartsWith('(') && text.EndsWith(')') && Balanced(text[1..^1])) text = text[1..^1].Trim();
        return text;
    }

    private static bool Balanced(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) return false;
        }
        return depth == 0;
    }
}
