using System.Globalization;
using System.Text.RegularExpressions;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Infrastructure.Dbt;

/// <summary>
/// The conditions of a rendered where filter that bound metric_time by whole days ("metric_time__day &gt;= '2020-01-01'",
/// "TimeDimension('metric_time') = '2020-01-01'"), taken out of it and turned into the query's range; the other
/// conditions are left for the dimension filter parser. MetricFlow filters metric_time by day before aggregating, which
/// is what the catalog's half-open range does.
/// </summary>
public static partial class MfMetricTimeFilter
{
    [GeneratedRegex(@"^CAST\(\s*(?<t>.+?)\s+AS TIMESTAMP\s*\)\s*(?<op>>=|<=|=|<|>)\s*CAST\(\s*'(?<d>[0-9]{4}-[0-9]{2}-[0-9]{2})(?:[ T]00:00:00)?'\s+AS TIMESTAMP\s*\)$|^(?<t>\{\{.+?\}\})\s*(?<op>>=|<=|=|<|>)\s*CAST\(\s*'(?<d>[0-9]{4}-[0-9]{2}-[0-9]{2})(?:[ T]00:00:00)?'\s+AS TIMESTAMP\s*\)$", RegexOptions.IgnoreCase)]
    private static partial Regex Bound();

    [GeneratedRegex(@"^(?:metric_time(?:__day)?|\{\{\s*(?:Time)?Dimension\(\s*'metric_time(?:__day)?'\s*(?:,\s*'day'\s*)?\)\s*\}\}|render_time_dimension_template\(\s*'metric_time'\s*(?:,\s*'day'\s*)?\))$", RegexOptions.IgnoreCase)]
    private static partial Regex MetricTimeByDay();

    [GeneratedRegex(@"\s+AND\s+", RegexOptions.IgnoreCase)]
    private static partial Regex And();

    /// <summary>The range narrowed by the filter's metric_time bounds and the rest of the filter (null when nothing is left), or null when a metric_time condition is not a plain bound by day.</summary>
    public static (DateRange Range, string? Remainder)? Apply(string rendered, DateRange range)
    {
        var rest = new List<string>();
        foreach (var raw in And().Split(rendered.Trim()))
        {
            var part = raw.Trim();
            while (part.StartsWith('(') && part.EndsWith(')')) part = part[1..^1].Trim();
            var match = Bound().Match(part);
            if (!match.Success || !MetricTimeByDay().IsMatch(match.Groups["t"].Value.Trim()))
            {
                if (part.Contains("metric_time", StringComparison.OrdinalIgnoreCase)) return null;
                rest.Add(raw);
                continue;
            }
            var day = DateOnly.ParseExact(match.Groups["d"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var (start, end) = (range.Start, range.End);
            switch (match.Groups["op"].Value)
            {
                case ">=": start = Max(start, day); break;
                case ">": start = Max(start, day.AddDays(1)); break;
                case "<": end = Min(end, day); break;
                case "<=": end = Min(end, day.AddDays(1)); break;
                default: (start, end) = (Max(start, day), Min(end, day.AddDays(1))); break;
            }
            // Bounds that leave no day are no range the query model can hold.
            if (end <= start) return null;
            range = new DateRange(start, end);
        }
        return (range, rest.Count == 0 ? null : string.Join(" AND ", rest));
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
