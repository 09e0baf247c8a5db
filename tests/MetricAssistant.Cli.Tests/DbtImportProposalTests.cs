using System.Text.Json;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Cli.Tests;

/// <summary>
/// <c>catalog import-dbt PATH</c> without <c>--out</c>, end to end as the CLI process on its own catalog store and
/// governance file: the demo catalog exported to dbt, edited there by a data team (one new metric, one metric whose
/// dbt calculation changed), imported back as proposals that go through the governance contract's lifecycle
/// (listed in review, reviewed, published) while the unchanged metrics propose nothing.
/// </summary>
public sealed class DbtImportProposalTests : IDisposable
{
    private readonly TempDirectory folder = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) =>
        CliProcess.RunAsync(new Dictionary<string, string> { ["Governance__SqlitePath"] = Path.Combine(folder.Path, "governance.db"), ["Catalog__StorePath"] = Path.Combine(folder.Path, "catalog.db") }, TimeSpan.FromMinutes(3), args);

    private const string NewMetric = """
        metrics:
          - name: gmv_tmall
            label: Tmall GMV
            description: Paid GMV on Tmall, defined by the data team in dbt.
            type: simple
            type_params:
              measure:
                name: pay_amount
                fill_nulls_with: 0
            filter:
              - "{{ Dimension('orders__paid_time') }} IS NOT NULL"
              - "{{ Dimension('orders__channel') }} = 'tmall'"
        """;

    [Fact]
    public async Task Import_without_out_proposes_the_new_and_changed_metrics_for_review_and_publishes_through_the_lifecycle()
    {
        var project = Path.Combine(folder.Path, "dbt");
        var (exported, _, exportError) = await RunAsync("catalog", "export-dbt", "--dir", Path.Combine(TestRepository.Root, "catalog"), "--out", project);
        Assert.True(exported == 0, exportError);
        // The data team's edits in dbt: a new metric, and a 14-day window for the 7-day rolling GMV (a dbt field).
        await File.WriteAllTextAsync(Path.Combine(project, "models", "semantic", "team_metrics.yml"), NewMetric);
        var metricsFile = Path.Combine(project, "models", "semantic", "metrics.yml");
        var text = await File.ReadAllTextAsync(metricsFile);
        var at = text.IndexOf("- name: gmv_rolling_7d", StringComparison.Ordinal);
        var window = text.IndexOf("window: 7 days", at, StringComparison.Ordinal);
        await File.WriteAllTextAsync(metricsFile, text[..window] + "window: 14 days" + text[(window + "window: 7 days".Length)..]);

        // Metrics without catalog words in meta take the owner given, whose proposers may propose them.
        var (imported, output, error) = await RunAsync("catalog", "import-dbt", project, "--user", "fin_li", "--owner", "Finance", "--reason", "from the data team's dbt project");
        Assert.True(imported == 0, $"{output}\n{error}");
        Assert.Contains("unchanged, not proposed", output);

        var (listed, list, listError) = await RunAsync("catalog", "proposals", "--status", "in_review", "--user", "ceo");
        Assert.True(listed == 0, listError);
        var proposals = JsonDocument.Parse(list).RootElement.EnumerateArray().ToList();
        Assert.Equal(["gmv_rolling_7d", "gmv_tmall"], proposals.Select(p => p.GetProperty("metricId").GetString()).Order(StringComparer.Ordinal));
        var created = proposals.Single(p => p.GetProperty("metricId").GetString() == "gmv_tmall");
        var changed = proposals.Single(p => p.GetProperty("metricId").GetString() == "gmv_rolling_7d");
        Assert.Equal("create", created.GetProperty("kind").GetString());
        Assert.Equal("change", changed.GetProperty("kind").GetString());

        // The change is reviewable: its diff against the published version names the window; the catalog's words stay.
        var (shown, detail, _) = await RunAsync("catalog", "proposals", "--metric", "gmv_rolling_7d", "--user", "ceo");
        Assert.Equal(0, shown);
        Assert.Contains("14 days", detail);
        Assert.Contains("7日滚动GMV", detail);

        // Review and publish the new metric as the contract says: the author cannot approve, the CEO can, then publish.
        var id = created.GetProperty("id").GetString()!;
        var (self, _, selfError) = await RunAsync("catalog", "review", id, "--decision", "approve", "--user", "fin_li");
        Assert.Equal(1, self);
        Assert.Contains("may not approve", selfError);
        var (approved, _, approveError) = await RunAsync("catalog", "review", id, "--decision", "approve", "--comment", "ok", "--user", "ceo");
        Assert.True(approved == 0, approveError);
        var (published, publishOut, publishError) = await RunAsync("catalog", "publish", id, "--user", "ceo");
        Assert.True(published == 0, publishError);
        Assert.Equal("gmv_tmall", JsonDocument.Parse(publishOut).RootElement.GetProperty("metricId").GetString());
    }
}
