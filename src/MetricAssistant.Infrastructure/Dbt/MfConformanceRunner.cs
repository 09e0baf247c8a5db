using MetricAssistant.Catalog.Dbt;
using MetricAssistant.Catalog.Dbt.Import;
using MetricAssistant.Catalog.Dbt.MetricFlow;
using MetricAssistant.Catalog.Loading;
using MetricAssistant.Compiler;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Infrastructure.Dbt;

/// <summary>
/// MetricFlow's integration cases as a conformance run: import the manifest (column types from the source tables),
/// load the tables into the engine, and for each case compile its query with the catalog's compiler, run it, run the
/// case's check query rendered for the engine, and compare the two results.
/// </summary>
public static class MfConformanceRunner
{
    public static async Task<MfConformanceReport> RunAsync(string cases, string manifest, string tables, MfEngine engine, CancellationToken cancellationToken, IReadOnlySet<string>? trace = null)
    {
        var problems = new List<string>();
        var (snapshots, tableProblems) = TableSnapshotReader.ReadFolder(tables);
        problems.AddRange(tableProblems);
        var import = new DbtImporter(new DbtImportOptions(TableSnapshotReader.TypesOf(snapshots))).Import(manifest);
        var loaded = new CatalogLoader().LoadFromText(import.Files.Select(f => ($"catalog/{f.Path}", f.Text)));
        var (caseList, caseProblems) = MfCaseReader.ReadFolder(cases);
        problems.AddRange(caseProblems);
        if (loaded.Catalog is null)
        {
            problems.AddRange(loaded.Problems.Select(p => $"imported catalog: {p}"));
            return new MfConformanceReport(engine.Dialect.Name, [.. caseList.Select(c => new MfCaseOutcome(c, MfVerdict.Failed, "the imported catalog does not load"))], import, problems);
        }
        await engine.LoadAsync(snapshots, cancellationToken);
        var compiler = new MetricCompiler(loaded.Catalog);
        var translator = new MfQueryTranslator(loaded.Catalog, import) { Whole = SpineRange(snapshots) ?? MfQueryTranslator.Everything };
        var renderer = new MfTemplateRenderer(engine.Dialect, engine.Schema);
        var outcomes = new List<MfCaseOutcome>();
        foreach (var c in caseList)
        {
            var outcome = await RunCaseAsync(c, translator, compiler, renderer, engine, cancellationToken);
            outcomes.Add(trace?.Contains(c.Name) == true ? outcome : outcome with { Trace = null });
        }
        return new MfConformanceReport(engine.Dialect.Name, outcomes, import, problems);
    }

    private static async Task<MfCaseOutcome> RunCaseAsync(MfCase c, MfQueryTranslator translator, MetricCompiler compiler, MfTemplateRenderer renderer, MfEngine engine, CancellationToken cancellationToken)
    {
        var translation = translator.Translate(c);
        if (translation.Unsupported is { } unsupported) return new MfCaseOutcome(c, MfVerdict.Unsupported, unsupported.Reason, unsupported);
        if (translation.Query is null) return new MfCaseOutcome(c, MfVerdict.Failed, translation.Error);
        var compiled = compiler.Compile(translation.Query, engine.Dialect);
        // The compiler refusing a shape it has no meaning for (a date part of a running total) is a feature it lacks, not a wrong answer.
        if (!compiled.Succeeded && ShapeRefusals.Contains(compiled.Error.Code))
            return new MfCaseOutcome(c, MfVerdict.Unsupported, compiled.Error.Message, new MfUnsupported(MfUnsupportedOrigin.Query, compiled.Error.Code, compiled.Error.Message));
        if (!compiled.Succeeded) return new MfCaseOutcome(c, MfVerdict.Failed, $"compile: {compiled.Error.Code}: {compiled.Error.Message}");
        string check;
        try
        {
            check = renderer.Render(c.CheckQuery);
        }
        catch (MfTemplateException e)
        {
            return new MfCaseOutcome(c, MfVerdict.Failed, $"check query template: {e.Message}");
        }
        MfTable actual, expected;
        try
        {
            actual = await engine.RunAsync(compiled.Query, cancellationToken);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or InvalidCastException)
        {
            return new MfCaseOutcome(c, MfVerdict.Failed, $"compiled query: {FirstLine(e.Message)}");
        }
        try
        {
            expected = await engine.RunAsync(check, cancellationToken);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or InvalidCastException)
        {
            return new MfCaseOutcome(c, MfVerdict.Failed, $"check query: {FirstLine(e.Message)}") { Trace = new MfCaseTrace(compiled.Query.Sql, check, actual, null) };
        }
        var difference = MfResultComparer.Compare(actual, translation.ColumnNames, expected, c.CheckOrder, c.AllowEmpty,
            c.Metrics.Select(m => m.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal));
        var traced = new MfCaseTrace(compiled.Query.Sql, check, actual, expected);
        return (difference is null ? new MfCaseOutcome(c, MfVerdict.Passed, null) : new MfCaseOutcome(c, MfVerdict.Failed, difference)) with { Trace = traced };
    }

    /// <summary>The days of MetricFlow's time spine table (mf_time_spine, its first column), end exclusive; null without one.</summary>
    private static DateRange? SpineRange(IReadOnlyList<TableSnapshot> tables)
    {
        var spine = tables.FirstOrDefault(t => string.Equals(t.Name, "mf_time_spine", StringComparison.OrdinalIgnoreCase));
        var days = spine?.Rows.Select(r => r.Count > 0 && r[0] is { Length: >= 10 } text
                && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day) ? day : (DateOnly?)null)
            .OfType<DateOnly>().ToList();
        return days is { Count: > 0 } ? new DateRange(days.Min(), days.Max().AddDays(1)) : null;
    }

    private static readonly HashSet<string> ShapeRefusals = ["time_group_not_applicable", "compare_not_applicable", "no_common_model"];

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
