using System.Globalization;
using DuckDB.NET.Data;
using MetricAssistant.Demo;

namespace MetricAssistant.Demo.Tests;

/// <summary>One scale-0.05 demo warehouse shared by the tests of the collection, deleted afterwards.</summary>
public sealed class DemoWarehouseFixture : IAsyncLifetime
{
    public const double Scale = 0.05;
    public const int Seed = 42;

    private DuckDBConnection? _connection;

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "ma-demo-tests-" + Guid.NewGuid().ToString("N"));

    public string FilePath => System.IO.Path.Combine(Directory, "demo.duckdb");

    public DemoChecksum Checksum { get; private set; } = null!;

    public List<GenerationProgress> Progress { get; } = new();

    public DuckDBConnection Connection => _connection ?? throw new InvalidOperationException("not initialized");

    public async Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Directory);
        var progress = new SyncProgress(Progress);
        Checksum = await new DemoWarehouseGenerator().GenerateAsync(new DemoGenerationOptions(Scale, Seed, FilePath), progress, CancellationToken.None);
        _connection = new DuckDBConnection($"Data Source={FilePath};ACCESS_MODE=READ_ONLY");
        _connection.Open();
    }

    public Task DisposeAsync()
    {
        _connection?.Dispose();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }

    public long Long(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    public double Double(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is null or DBNull ? double.NaN : Convert.ToDouble(value, CultureInfo.InvariantCulture);
    }

    public List<object?[]> Rows(string sql)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    private sealed class SyncProgress(List<GenerationProgress> sink) : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress value)
        {
            lock (sink) sink.Add(value);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class DemoWarehouseCollection : ICollectionFixture<DemoWarehouseFixture>
{
    public const string Name = "demo warehouse";
}
