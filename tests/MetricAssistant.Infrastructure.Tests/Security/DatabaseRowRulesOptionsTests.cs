using MetricAssistant.Infrastructure;
using MetricAssistant.Infrastructure.Composition;
using MetricAssistant.Infrastructure.Warehouse;
using MetricAssistant.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Infrastructure.Tests.Security;

/// <summary>Database row rules are a PostgreSQL feature: asking for them on DuckDB is refused at start, not ignored.</summary>
public sealed class DatabaseRowRulesOptionsTests
{
    [Theory]
    [InlineData("duckdb", "true", "ma_reader", true)]
    [InlineData("postgres", "true", "Robert'); DROP ROLE x;--", true)]
    [InlineData("postgres", "true", "ma_reader", false)]
    [InlineData("duckdb", "false", "ma_reader", false)]
    public void The_option_is_validated(string engine, string enforce, string role, bool refused)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Warehouse:Engine"] = engine, ["Warehouse:PostgresConnectionString"] = "Host=127.0.0.1;Database=none",
            ["Warehouse:EnforceRowRulesInDatabase"] = enforce, ["Warehouse:RowRulesRole"] = role,
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddMetricAssistant(configuration, new RepositoryRoot(TestRepository.Root)).BuildServiceProvider();
        var read = () => services.GetRequiredService<IOptions<WarehouseOptions>>().Value;
        if (refused) Assert.Throws<OptionsValidationException>(read);
        else Assert.Equal(bool.Parse(enforce), read().EnforceRowRulesInDatabase);
    }
}
