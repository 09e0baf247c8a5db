using BenchmarkDotNet.Attributes;
using MetricAssistant.Demo;

namespace MetricAssistant.Benchmarks;

/// <summary>Small-scale generation and checksum, for tracking regressions with BenchmarkDotNet (<c>bdn</c> mode).</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 1, iterationCount: 5)]
public class DemoBenchmarks
{
    private string _path = "";

    [Params(0.05)]
    public double Scale { get; set; }

    [GlobalSetup]
    public void Setup() => _path = Path.Combine(Path.GetTempPath(), $"demo-bdn-{Guid.NewGuid():N}.duckdb");

    [GlobalCleanup]
    public void Cleanup()
    {
        if (File.Exists(_path)) File.Delete(_path);
    }

    [Benchmark]
    public Task<DemoChecksum> Generate() => new DemoWarehouseGenerator().GenerateAsync(new DemoGenerationOptions(Scale, 42, _path), null, CancellationToken.None);

    [Benchmark]
    public async Task<DemoChecksum> GenerateThenChecksum()
    {
        await Generate();
        return await DemoChecksumReader.ComputeAsync(_path, CancellationToken.None);
    }
}
