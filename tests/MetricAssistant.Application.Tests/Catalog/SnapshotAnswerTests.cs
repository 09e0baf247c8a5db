using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using MetricAssistant.Application.Asking;
using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Snapshots;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Retrieval;
using MetricAssistant.Understanding.Time;

namespace MetricAssistant.Application.Tests.Catalog;

/// <summary>
/// A warm start (the demo catalog read from its start-up snapshot, the reader's tables from theirs) reads every golden
/// question exactly as a cold start (the YAML, the tables derived) does: the same result, field for field.
/// </summary>
public sealed partial class SnapshotAnswerTests : IDisposable
{
    private readonly string index = Path.Combine(Path.GetTempPath(), "ma-snapshot-answers-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(index, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task Every_golden_question_reads_the_same_after_a_warm_start()
    {
        var folder = Path.Combine(TestRepository.Root, "catalog");
        var cold = new CatalogLoader(new CatalogSnapshot(index)).Load(folder);
        Assert.Equal(CatalogSnapshotOutcome.Written, cold.Snapshot?.Outcome);
        var warm = new CatalogLoader(new CatalogSnapshot(index)).Load(folder);
        Assert.Equal(CatalogSnapshotOutcome.Read, warm.Snapshot?.Outcome);

        var questions = GoldenQuestions().ToList();
        Assert.True(questions.Count > 200, $"only {questions.Count} golden questions found");
        var coldReader = await ReaderAsync(cold.Catalog!, null);
        var tables = new ReaderTableSnapshot(index);
        // the first reader with the snapshot derives the tables and keeps them; the next (a restart) reads them
        await ReaderAsync(warm.Catalog!, tables);
        Assert.True(File.Exists(tables.Path));
        var written = File.GetLastWriteTimeUtc(tables.Path);
        var warmReader = await ReaderAsync(warm.Catalog!, tables);
        Assert.Equal(written, File.GetLastWriteTimeUtc(tables.Path));
        var differences = new List<string>();
        var read = new List<string>();
        foreach (var (question, now) in questions)
        {
            var expected = JsonSerializer.Serialize(await coldReader.UnderstandAsync(question, now, null, CancellationToken.None));
            var actual = JsonSerializer.Serialize(await warmReader.UnderstandAsync(question, now, null, CancellationToken.None));
            if (expected != actual) differences.Add($"{question}: {expected} vs {actual}");
            read.Add(expected);
        }
        Assert.Empty(differences);
        // the comparison is of whole readings, not of empty shells
        Assert.Contains(read, r => r.Contains("\"gmv\"", StringComparison.Ordinal) && r.Contains("2025-", StringComparison.Ordinal));
    }

    private static async Task<MetricAssistant.Understanding.QuestionUnderstanding> ReaderAsync(SemanticCatalog catalog, ReaderTableSnapshot? tables)
    {
        var retriever = await CatalogIndexer.LexicalOnly().BuildAsync(catalog, CancellationToken.None);
        return new UnderstandingProvider(new TimeExpressionResolver(useRecognizers: false), retriever, snapshot: tables).For(catalog);
    }

    private static IEnumerable<(string Question, DateTime Now)> GoldenQuestions()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(TestRepository.Root, "evals", "golden"), "*.yaml").Order(StringComparer.Ordinal))
        {
            string? question = null;
            foreach (var line in File.ReadLines(file))
            {
                if (Question().Match(line) is { Success: true } q) question = q.Groups[1].Value.Trim().Trim('"', '\'');
                else if (question is not null && Now().Match(line) is { Success: true } n)
                {
                    yield return (question, DateTime.Parse(n.Groups[1].Value, CultureInfo.InvariantCulture));
                    question = null;
                }
            }
        }
    }

    [GeneratedRegex("""^\s*-?\s*question:\s*(.+)$""")]
    private static partial Regex Question();

    [GeneratedRegex("""^\s*now:\s*"([^"]+)"\s*$""")]
    private static partial Regex Now();
}
