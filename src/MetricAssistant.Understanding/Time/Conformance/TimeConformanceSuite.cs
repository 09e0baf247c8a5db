using System.Globalization;
using System.Text.Json;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Time.Conformance;

/// <summary>
/// Runs Microsoft Recognizers-Text's date test cases (../shared/external/recognizers-text/*.json) through
/// a resolver. A case applies when its expected result is one closed date range: parser files
/// ("Type": "daterange", PastResolution startDate/endDate), model files ("datetimeV2.daterange",
/// Resolution.values start/end) and merged-parser files ("Type": "datetimeV2.daterange", Value.values
/// start/end). The date files' single days (DateParser, HolidayParser: "Type": "date", and a merged file's
/// "datetimeV2.date") are one-day ranges; a model file's single dates are left out, so the figures the
/// shared model files were measured at stay comparable. Where Microsoft gives a past and a future reading, the past one is
/// compared, because a metrics question asks about data that exists (and our rule is "the most recent
/// one that has started"). Input is normalised first, as the resolver's contract requires.
/// </summary>
public static class TimeConformanceSuite
{
    public static TimeConformanceReport Run(string directory, ITimeResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        if (string.IsNullOrWhiteSpace(directory) || !Directory.Exists(directory))
            return TimeConformanceReport.NotApplicable(directory ?? "", "folder not found");
        var files = Directory.GetFiles(directory, "*.json").OrderBy(f => f, StringComparer.Ordinal).ToList();
        if (files.Count == 0) return TimeConformanceReport.NotApplicable(directory, "no case files");
        return RunFiles(directory, files, resolver);
    }

    /// <summary>
    /// Scores the given case files (for a file the project has never been tuned on, e.g. another of
    /// Microsoft's Specs/DateTime/English files). Missing files are not applicable, not an error.
    /// </summary>
    public static TimeConformanceReport RunFiles(IReadOnlyList<string> files, ITimeResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(resolver);
        var present = files.Where(File.Exists).ToList();
        var label = string.Join(", ", files);
        if (present.Count == 0) return TimeConformanceReport.NotApplicable(label, "no such case file");
        return RunFiles(label, present, resolver);
    }

    private static TimeConformanceReport RunFiles(string directory, List<string> files, ITimeResolver resolver)
    {
        var results = new List<ConformanceFileResult>();
        foreach (var file in files)
        {
            List<Case> cases;
            try
            {
                cases = Load(file);
            }
            catch (Exception e) when (e is JsonException or IOException or InvalidOperationException or FormatException)
            {
                continue; // a file that is not a case list is not part of the suite
            }
            results.Add(Score(Path.GetFileName(file), cases, resolver));
        }
        return results.Count == 0
            ? TimeConformanceReport.NotApplicable(directory, "no case lists")
            : new TimeConformanceReport(directory, true, $"ran {results.Count} files", results, DeliberateDifferences.All);
    }

    private static ConformanceFileResult Score(string name, List<Case> cases, ITimeResolver resolver)
    {
        int passed = 0, documented = 0, outOfScope = 0;
        var failures = new List<ConformanceCaseResult>();
        var differences = new List<ConformanceCaseResult>();
        var excluded = new List<ConformanceCaseResult>();
        foreach (var c in cases)
        {
            var input = TextNormalizer.Normalize(c.Input);
            if (DeliberateDifferences.OutOfScope(input, c.Expected) is { } reason)
            {
                outOfScope++;
                excluded.Add(new ConformanceCaseResult(c.Input, c.Reference, c.Expected, null, reason.Id));
                continue;
            }
            var actual = resolver.Resolve(input, c.Reference).Range;
            if (actual == c.Expected) passed++;
            else if (DeliberateDifferences.Explains(input, c.Expected, actual) is { } difference)
            {
                documented++;
                differences.Add(new ConformanceCaseResult(c.Input, c.Reference, c.Expected, actual, difference.Id));
            }
            else failures.Add(new ConformanceCaseResult(c.Input, c.Reference, c.Expected, actual, null));
        }
        return new ConformanceFileResult(name, cases.Count, outOfScope, passed, documented, failures, differences, excluded);
    }

    private sealed record Case(string Input, DateTime Reference, DateRange Expected);

    private static List<Case> Load(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        var cases = new List<Case>();
        if (document.RootElement.ValueKind != JsonValueKind.Array) return cases;
        foreach (var item in document.RootElement.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object
                || !item.TryGetProperty("Input", out var input) || input.ValueKind != JsonValueKind.String
                || !item.TryGetProperty("Context", out var context) || !context.TryGetProperty("ReferenceDateTime", out var reference)
                || !DateTime.TryParse(reference.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var now)
                || !item.TryGetProperty("Results", out var results) || results.ValueKind != JsonValueKind.Array
                || results.GetArrayLength() != 1)
                continue;
            var expected = ExpectedRange(results[0]);
            if (expected is not null) cases.Add(new Case(input.GetString()!, now, expected));
        }
        return cases;
    }

    /// <summary>The single closed range a result expects, or null when it is not one.</summary>
    private static DateRange? ExpectedRange(JsonElement result)
    {
        if (result.TryGetProperty("Type", out var type))
        {
            var value = result.TryGetProperty("Value", out var v) ? v : default;
            return type.GetString() switch
            {
                // Parser files: { "Type": "daterange", "Value": { "PastResolution": { "startDate", "endDate" } } }
                "daterange" => value.ValueKind == JsonValueKind.Object && value.TryGetProperty("PastResolution", out var past)
                    ? Range(past, "startDate", "endDate")
                    : null,
                // Date parser files: { "Type": "date", "Value": { "PastResolution": { "date" } } }
                "date" => value.ValueKind == JsonValueKind.Object && value.TryGetProperty("PastResolution", out var day)
                    ? Day(day, "date")
                    : null,
                // Merged-parser files: { "Type": "datetimeV2.daterange" | "datetimeV2.date", "Value": { "values": [ … ] } }
                "datetimeV2.daterange" => Earliest(value, dates: false),
                "datetimeV2.date" => Earliest(value, dates: true),
                _ => null,
            };
        }
        // Model files: { "TypeName": "datetimeV2.daterange", "Resolution": { "values": [ { "start", "end" } ] } }
        return result.TryGetProperty("TypeName", out var typeName) && typeName.GetString() == "datetimeV2.daterange"
            && result.TryGetProperty("Resolution", out var resolution)
            ? Earliest(resolution, dates: false)
            : null;
    }

    /// <summary>The earliest of a result's values (the past reading): ranges by start / end, or single days by value.</summary>
    private static DateRange? Earliest(JsonElement holder, bool dates)
    {
        if (holder.ValueKind != JsonValueKind.Object || !holder.TryGetProperty("values", out var values)
            || values.ValueKind != JsonValueKind.Array)
            return null;
        DateRange? earliest = null;
        foreach (var v in values.EnumerateArray())
        {
            var range = dates ? Day(v, "value") : Range(v, "start", "end");
            if (range is not null && (earliest is null || range.Start < earliest.Start)) earliest = range;
        }
        return earliest;
    }

    private static DateRange? Day(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var d) && d.ValueKind == JsonValueKind.String
        && DateOnly.TryParseExact(d.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
        && day < DateOnly.MaxValue
            ? new DateRange(day, day.AddDays(1))
            : null;

    private static DateRange? Range(JsonElement element, string startName, string endName)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty(startName, out var s) || s.ValueKind != JsonValueKind.String
            || !element.TryGetProperty(endName, out var e) || e.ValueKind != JsonValueKind.String
            || !DateOnly.TryParseExact(s.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !DateOnly.TryParseExact(e.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            || end < start)
            return null;
        return new DateRange(start, end);
    }
}
