using System.Text.Json;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Learning;
using MetricAssistant.Infrastructure.Learning;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Cli.Tests;

/// <summary>
/// <c>examples list|accept|reject</c> run as the CLI process on its own examples file: the owners of the metrics
/// review them, others are refused with the reason (exit 1), bad input is exit 2.
/// </summary>
public sealed class ExamplesCommandTests : IDisposable
{
    private readonly TempDirectory folder = new();
    private readonly string database;
    private readonly SqliteExampleStore store;

    public ExamplesCommandTests()
    {
        database = Path.Combine(folder.Path, "examples.db");
        store = new SqliteExampleStore(database);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private Task<LearnedExample> SeeAsync(string question, string metric) => store.RecordAsync(
        new ExampleSighting(question, [metric], new QueryDto([metric]), ExampleOrigin.Clarification, "east_wang", DateTimeOffset.UtcNow), CancellationToken.None);

    private Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) =>
        CliProcess.RunAsync(new Dictionary<string, string> { ["Examples__SqlitePath"] = database, ["Catalog__StorePath"] = Path.Combine(folder.Path, "catalog.db") }, TimeSpan.FromMinutes(2), args);

    [Fact]
    public async Task Owners_list_and_accept_their_metrics_examples_and_others_are_refused()
    {
        var finance = await SeeAsync("上个月老板最关心的那个数", "gmv");
        var ecommerce = await SeeAsync("上个月老板最关心的那个单量", "order_count");

        var (exit, output, _) = await RunAsync("examples", "list", "--status", "pending", "--user", "fin_li", "--format", "json");
        Assert.Equal(0, exit);
        var listed = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal([finance.Id], listed.Select(e => e.GetProperty("id").GetInt64()));
        Assert.Equal("pending", listed[0].GetProperty("status").GetString());

        (exit, _, var error) = await RunAsync("examples", "accept", finance.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--user", "ecom_zhao");
        Assert.Equal(1, exit);
        Assert.Contains("Finance", error);

        (exit, output, _) = await RunAsync("examples", "accept", finance.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--user", "fin_li");
        Assert.Equal(0, exit);
        Assert.Contains("accepted by fin_li", output);
        (exit, _, _) = await RunAsync("examples", "reject", ecommerce.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "--user", "ecom_zhao");
        Assert.Equal(0, exit);

        Assert.Equal(ExampleStatus.Accepted, (await store.GetAsync(finance.Id, CancellationToken.None))!.Status);
        var rejected = (await store.GetAsync(ecommerce.Id, CancellationToken.None))!;
        Assert.Equal((ExampleStatus.Rejected, "ecom_zhao"), (rejected.Status, rejected.ReviewedBy));
    }

    [Theory]
    [InlineData(1, "no role that may review", "examples", "list", "--user", "guest")]
    [InlineData(1, "There is no learned example 999", "examples", "reject", "999", "--user", "ceo")]
    [InlineData(2, "status must be pending, accepted or rejected", "examples", "list", "--status", "approved", "--user", "ceo")]
    [InlineData(2, "id must be a positive whole number", "examples", "accept", "x1", "--user", "ceo")]
    [InlineData(2, "Unknown user", "examples", "list", "--user", "nobody")]
    public async Task Refusals_and_bad_input_are_clear(int expectedExit, string message, params string[] args)
    {
        var (exit, _, error) = await RunAsync(args);
        Assert.Equal(expectedExit, exit);
        Assert.Contains(message, error);
    }
}
