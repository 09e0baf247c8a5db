using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MetricAssistant.Compiler.Sql;

namespace MetricAssistant.Infrastructure.Dbt;

/// <summary>
/// Renders the Jinja helpers MetricFlow's integration cases use (tests_metricflow/integration/test_configured_cases.py,
/// CheckQueryHelpers) for one engine: <c>source_schema</c>, <c>render_date_trunc</c>, <c>render_time_constraint</c>,
/// <c>render_date_sub</c>, <c>render_extract</c>, <c>cast_to_ts</c>, <c>double_data_type_name</c>, <c>generate_random_uuid</c>, <c>mf_time_spine_source</c>,
/// <c>render_percentile_expr</c>, and in where filters <c>render_dimension_template</c> and its kin, which render to
/// MetricFlow's own <c>{{ Dimension('entity__name') }}</c> syntax. An unknown helper is an error, never left in place.
/// </summary>
public sealed partial class MfTemplateRenderer(SqlDialect dialect, string sourceSchema)
{
    [GeneratedRegex(@"\{\{\s*(.*?)\s*\}\}", RegexOptions.Singleline)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^([A-Za-z_][A-Za-z0-9_]*)\s*(?:\((.*)\))?$", RegexOptions.Singleline)]
    private static partial Regex Call();

    private bool Postgres => dialect is PostgresDialect;

    public string Render(string template)
    {
        return Placeholder().Replace(template, m => Expand(m.Groups[1].Value));
    }

    private string Expand(string body)
    {
        var call = Call().Match(body.Trim());
        if (!call.Success) throw new MfTemplateException($"cannot read '{{{{ {body} }}}}'");
        var name = call.Groups[1].Value;
        var args = call.Groups[2].Success ? Arguments(call.Groups[2].Value) : [];
        string Arg(int i) => i < args.Count ? args[i].Value : throw new MfTemplateException($"{name} needs {i + 1} arguments");
        return name switch
        {
            "source_schema" => sourceSchema,
            "mf_time_spine_source" => $"{sourceSchema}.mf_time_spine",
            "double_data_type_name" => Postgres ? "DOUBLE PRECISION" : "DOUBLE",
            // A row's identity for the check query's dedupe; both engines have it built in (PostgreSQL since 13).
            "generate_random_uuid" => "gen_random_uuid()",
            "cast_to_ts" => CastToTimestamp($"'{Arg(0)}'"),
            "render_date_trunc" => $"DATE_TRUNC('{Unit(Arg(1))}', {CastToTimestamp(Arg(0))})",
            "render_extract" => Extract(Arg(0), Arg(1)),
            "render_date_sub" => $"{Arg(0)}.{Arg(1)} - {Interval(int.Parse(Arg(2), CultureInfo.InvariantCulture), Arg(3))}",
            "render_time_constraint" => TimeConstraint(Arg(0), args.Count > 1 ? args[1].Value : null, args.Count > 2 ? args[2].Value : null),
            "render_percentile_expr" => Percentile(Arg(0), Arg(1), Arg(2) == "True", Arg(3) == "True"),
            "render_dimension_template" => $"{{{{ Dimension('{Qualified(args)}') }}}}",
            "render_time_dimension_template" => $"{{{{ TimeDimension('{Qualified(args)}'{(args.Count > 1 && !args[1].Keyword ? $", '{args[1].Value}'" : "")}) }}}}",
            "render_entity_template" => $"{{{{ Entity('{Qualified(args)}') }}}}",
            "render_metric_template" => $"{{{{ Metric('{Arg(0)}') }}}}",
            _ => throw new MfTemplateException($"unknown helper '{name}'"),
        };
    }

    private static string CastToTimestamp(string expression) => $"CAST({expression} AS TIMESTAMP)";

    /// <summary>"ds >= '2020-01-01' AND ds < '2020-01-02'" for a day given as start and stop (stop is inclusive).</summary>
    private static string TimeConstraint(string expression, string? start, string? stop)
    {
        var parts = new List<string>();
        if (start is not null) parts.Add($"{CastToTimestamp(expression)} >= {CastToTimestamp($"'{start}'")}");
        if (stop is not null)
        {
            var after = stop.Length == 10
                ? DateOnly.ParseExact(stop, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : DateTime.Parse(stop, CultureInfo.InvariantCulture).AddSeconds(1).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            parts.Add($"{CastToTimestamp(expression)} < {CastToTimestamp($"'{after}'")}");
        }
        return string.Join(" AND ", parts);
    }

    private string Interval(int count, string granularity)
    {
        var (n, unit) = Unit(granularity) switch
        {
            "week" => (count * 7, "day"),
            "quarter" => (count * 3, "month"),
            var u => (count, u),
        };
        return Postgres ? $"MAKE_INTERVAL({unit}s => {n})" : $"INTERVAL {n} {unit}";
    }

    private static string Extract(string expression, string datePart)
    {
        var part = datePart.Split('.')[^1].ToLowerInvariant();
        // MetricFlow extracts the ISO day of week (Monday 1 … Sunday 7) on both engines.
        var word = part == "dow" ? "isodow" : part;
        return $"EXTRACT({word} FROM {CastToTimestamp(expression)})";
    }

    private string Percentile(string expression, string percentile, bool discrete, bool approximate)
    {
        if (approximate && !Postgres) return discrete ? $"approx_quantile({expression}, {percentile})" : $"approx_quantile({expression}, {percentile})";
        if (approximate) throw new MfTemplateException("PostgreSQL has no approximate percentile");
        return $"PERCENTILE_{(discrete ? "DISC" : "CONT")}({percentile}) WITHIN GROUP (ORDER BY {expression})";
    }

    private static string Unit(string granularity) => granularity.Split('.')[^1].ToLowerInvariant();

    /// <summary>('country_latest', entity_path=['listing']) → listing__country_latest.</summary>
    private static string Qualified(IReadOnlyList<(string Value, bool Keyword, IReadOnlyList<string> List)> args)
    {
        var path = args.FirstOrDefault(a => a.Keyword).List ?? [];
        return string.Join("__", path.Append(args[0].Value));
    }

    /// <summary>Comma-separated literals: 'text', "text", numbers, TimeGranularity.DAY, True, name=[…].</summary>
    private static List<(string Value, bool Keyword, IReadOnlyList<string> List)> Arguments(string text)
    {
        var result = new List<(string, bool, IReadOnlyList<string>)>();
        foreach (var raw in SplitTopLevel(text))
        {
            var item = raw.Trim();
            if (item.Length == 0) continue;
            var keyword = Regex.Match(item, @"^([A-Za-z_]+)\s*=\s*(.*)$", RegexOptions.Singleline);
            if (keyword.Success && !item.StartsWith('\'') && !item.StartsWith('"'))
            {
                var value = keyword.Groups[2].Value.Trim();
                var list = value.StartsWith('[') ? SplitTopLevel(value.Trim('[', ']')).Select(v => Unquote(v.Trim())).Where(v => v.Length > 0).ToList() : [];
                result.Add((Unquote(value), true, list));
                continue;
            }
            result.Add((Unquote(item), false, []));
        }
        return result;
    }

    private static string Unquote(string text) =>
        text.Length >= 2 && (text[0] == '\'' && text[^1] == '\'' || text[0] == '"' && text[^1] == '"') ? text[1..^1] : text;

    private static IEnumerable<string> SplitTopLevel(string text)
    {
        var depth = 0;
        char? quote = null;
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (quote is not null) { if (c == quote) quote = null; current.Append(c); continue; }
            if (c is '\'' or '"') quote = c;
            else if (c is '(' or '[') depth++;
            else if (c is ')' or ']') depth--;
            else if (c == ',' && depth == 0) { yield return current.ToString(); current.Clear(); continue; }
            current.Append(c);
        }
        yield return current.ToString();
    }
}

/// <summary>A check query or filter whose template cannot be rendered.</summary>
public sealed class MfTemplateException(string message) : Exception(message);
