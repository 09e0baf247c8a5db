using System.Globalization;
using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Catalog.Loading;

/// <summary>
/// Reads an optional <c>freshness:</c> mapping: <c>{ expected_every: 1d }</c> on a metric; on a model also
/// <c>time_column</c> (one of its columns) and <c>load_log</c> (a warehouse table name).
/// </summary>
internal static partial class FreshnessReader
{
    [GeneratedRegex(@"^\s*(\d{1,4})\s*(m|h|d|w)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Duration();

    // A table name, optionally schema-qualified: it is quoted into SQL, but only names that look like one are taken.
    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TableName();

    public static FreshnessExpectation? Read(YamlNodeReader r, IReadOnlyList<ColumnDefinition>? columns)
    {
        var f = r.Mapping("freshness");
        if (f is null) return null;
        if (columns is null) f.Known("expected_every");
        else f.Known("expected_every", "time_column", "load_log");
        var text = f.String("expected_every");
        TimeSpan? every = null;
        if (text is not null)
        {
            every = Parse(text);
            if (every is null)
                f.Problems.Add(f.LocationOf("expected_every"), CatalogProblemCodes.InvalidField,
                    $"expected_every of {f.Context} must be a duration such as 1d, 12h, 1w or 30m, not '{text}'", "e.g. 'expected_every: 1d'");
        }
        var column = columns is null ? null : f.String("time_column");
        if (column is not null && columns!.All(c => c.Name != column))
            f.Problems.Add(f.LocationOf("time_column"), CatalogProblemCodes.UnknownColumn, $"unknown time_column '{column}' in {f.Context}",
                DidYouMean.Suggest(column, columns!.Select(c => c.Name)));
        var log = columns is null ? null : f.String("load_log");
        if (log is not null && !TableName().IsMatch(log))
            f.Problems.Add(f.LocationOf("load_log"), CatalogProblemCodes.InvalidField, $"load_log of {f.Context} must be a table name such as etl_load_log or etl.load_log, not '{log}'");
        return new FreshnessExpectation(every, every is null ? null : text!.Trim(), column, log, f.Location);
    }

    /// <summary>"30m", "12h", "1d", "1w" as a time span; null for anything else (or zero).</summary>
    public static TimeSpan? Parse(string text)
    {
        var match = Duration().Match(text);
        if (!match.Success) return null;
        var n = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        if (n == 0) return null;
        return match.Groups[2].Value switch
        {
            "m" => TimeSpan.FromMinutes(n),
            "h" => TimeSpan.FromHours(n),
            "d" => TimeSpan.FromDays(n),
            _ => TimeSpan.FromDays(7 * n),
        };
    }
}
