using MetricAssistant.Application.Audit;
using MetricAssistant.Infrastructure.Audit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Infrastructure.Tests.Audit;

public sealed class AuditCompositionTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), $"ma-audit-di-{Guid.NewGuid():N}");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton(new RepositoryRoot(directory));
        services.AddAuditLog(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public async Task Defaults_to_sqlite_under_the_repository_root()
    {
        await using var services = Build([]);
        var log = Assert.IsType<SqliteAuditLog>(services.GetRequiredService<IAuditLog>());
        Assert.Equal(Path.Combine(directory, "data", "audit.db"), log.Path);
        Assert.Same(log, services.GetRequiredService<IAuditLog>());
        await log.RecordAsync(AuditLogContractTests.Entry(1), CancellationToken.None);
        Assert.True(File.Exists(Path.Combine(directory, "data", "audit.db")));
    }

    [Fact]
    public async Task Takes_an_absolute_sqlite_path_as_is()
    {
        var path = Path.Combine(directory, "elsewhere", "a.db");
        await using var services = Build(new() { ["Audit:SqlitePath"] = path });
        Assert.Equal(path, Assert.IsType<SqliteAuditLog>(services.GetRequiredService<IAuditLog>()).Path);
    }

    [Fact]
    public async Task None_records_nothing()
    {
        await using var services = Build(new() { ["Audit:Store"] = "none" });
        Assert.IsType<NoAuditLog>(services.GetRequiredService<IAuditLog>());
    }

    [Fact]
    public async Task Postgres_uses_the_connection_string()
    {
        await using var services = Build(new() { ["Audit:Store"] = "postgres", ["Audit:PostgresConnectionString"] = "Host=127.0.0.1;Port=1;Username=x;Database=y" });
        Assert.IsType<PostgresAuditLog>(services.GetRequiredService<IAuditLog>());
    }

    [Theory]
    [InlineData("mysql", null, "Audit:Store must be sqlite, postgres or none.")]
    [InlineData("postgres", null, "Audit:PostgresConnectionString (or ConnectionStrings:Shared) is required when Audit:Store is postgres.")]
    [InlineData("postgres", "Hots=nowhere", "Audit:PostgresConnectionString is not a valid Npgsql connection string.")]
    public async Task Refuses_a_bad_configuration(string store, string? connectionString, string message)
    {
        await using var services = Build(new() { ["Audit:Store"] = store, ["Audit:PostgresConnectionString"] = connectionString });
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IAuditLog>());
        Assert.Contains(message, string.Join("\n", error.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_stops_at_start_on_a_bad_configuration()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Audit:Store"] = "postgres" });
        builder.Services.AddSingleton(new RepositoryRoot(directory));
        builder.Services.AddAuditLog(builder.Configuration);
        using var host = builder.Build();
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("Audit:PostgresConnectionString (or ConnectionStrings:Shared) is required when Audit:Store is postgres.", error.Failures);
    }

    [Fact]
    public async Task Replaces_an_audit_log_registered_before_it()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IAuditLog, NoAuditLog>();
        services.AddSingleton(new RepositoryRoot(directory));
        services.AddAuditLog(new ConfigurationBuilder().Build());
        await using var provider = services.BuildServiceProvider();
        Assert.IsType<SqliteAuditLog>(provider.GetRequiredService<IAuditLog>());
    }
}
