using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Cli.Tests;

/// <summary>
/// <c>catalog propose|review|publish|proposals</c> run as the CLI process on its own governance file: refusals are
/// exit 1 with the reason, bad input exit 2 with what was meant.
/// </summary>
public sealed class LifecycleCommandTests : IDisposable
{
    private readonly TempDirectory folder = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Dispose();
    }

    private Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) =>
        CliProcess.RunAsync(new Dictionary<string, string> { ["Governance__SqlitePath"] = Path.Combine(folder.Path, "governance.db"), ["Catalog__StorePath"] = Path.Combine(folder.Path, "catalog.db") }, TimeSpan.FromMinutes(2), args);

    [Fact]
    public async Task Bad_input_is_exit_2_with_what_was_meant_and_a_refusal_exit_1_with_the_reason()
    {
        var definition = Path.Combine(folder.Path, "def.yaml");
        await File.WriteAllTextAsync(definition, "synonyms: [GMV, 成交额, 支付总额]\n");

        var (kind, _, kindError) = await RunAsync("catalog", "propose", "--kind", "chnage", "--metric", "gmv", "--file", definition, "--reason", "r", "--user", "fin_li");
        Assert.Equal(2, kind);
        Assert.Contains("Did you mean: change", kindError);

        var (guest, _, guestError) = await RunAsync("catalog", "propose", "--kind", "change", "--metric", "gmv", "--file", definition, "--reason", "r", "--user", "guest");
        Assert.Equal(1, guest);
        Assert.Contains("may not propose", guestError);

        var (status, _, statusError) = await RunAsync("catalog", "proposals", "--status", "in_reveiw", "--user", "ceo");
        Assert.Equal(2, status);
        Assert.Contains("in_review", statusError);

        var (missing, _, missingError) = await RunAsync("catalog", "publish", "p-none", "--user", "ceo");
        Assert.Equal(1, missing);
        Assert.Contains("no proposal", missingError);

        var (listed, output, _) = await RunAsync("catalog", "proposals", "--user", "ceo");
        Assert.Equal(0, listed);
        Assert.Equal("[]", output.Trim());
    }
}
