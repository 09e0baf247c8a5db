using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using MetricAssistant.Application.Telemetry;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using OpenTelemetry.Trace;

namespace MetricAssistant.Api.Tests.Telemetry;

/// <summary>The stage spans and the product's series, seen by an in-memory exporter and through <c>/metrics</c>.</summary>
public sealed class TelemetryTests(TelemetryTests.Factory factory) : IClassFixture<TelemetryTests.Factory>
{
    public sealed class Factory : ApiFactoryBase
    {
        public LockedCollection<Activity> Spans { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // The warehouse span is asserted: a question another test asked first would be a result-cache hit.
            builder.UseSetting("Cache:Enabled", "false");
            builder.ConfigureTestServices(services => services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(Spans)));
        }
    }

    /// <summary>Asks with a traceparent of its own, so the request's spans can be told from other tests'.</summary>
    private async Task<(JsonElement Answer, IReadOnlyList<Activity> Spans)> AskAsync(string question)
    {
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ask")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { question, user = "ceo", now = "2025-07-15T10:00:00" }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        var response = await factory.CreateClient().SendAsync(request);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (answer, factory.Spans.Snapshot().Where(s => s.TraceId == traceId).ToArray());
    }

    private static IEnumerable<string> TagTexts(Activity span) => span.TagObjects.SelectMany(t => t.Value switch
    {
        string s => [s],
        string[] many => many,
        null => [],
        var other => [Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? ""],
    });

    [Fact]
    public async Task An_answer_has_one_span_per_stage_and_the_warehouse_call_tagged_with_metric_ids_and_status_only()
    {
        const string question = "上个月华东区各渠道的GMV";
        var (answer, spans) = await AskAsync(question);
        Assert.Equal("answered", answer.GetProperty("status").GetString());
        var names = spans.Select(s => s.OperationName).ToHashSet();
        foreach (var stage in new[] { "ask", "read", "authorise", "compile", "execute", "narrate", "audit", "warehouse" })
            Assert.Contains($"metricassistant.{stage}", names);

        var ask = Assert.Single(spans, s => s.OperationName == "metricassistant.ask");
        Assert.Equal("answered", ask.GetTagItem(TelemetryNames.Status));
        Assert.Equal(["gmv"], Assert.IsType<string[]>(ask.GetTagItem(TelemetryNames.MetricIds)));
        var compile = Assert.Single(spans, s => s.OperationName == "metricassistant.compile");
        Assert.Equal(["gmv"], Assert.IsType<string[]>(compile.GetTagItem(TelemetryNames.MetricIds)));
        Assert.Equal("compile", compile.GetTagItem(TelemetryNames.Stage));
        var warehouse = Assert.Single(spans, s => s.OperationName == "metricassistant.warehouse");
        Assert.Equal("duckdb", warehouse.GetTagItem(TelemetryNames.DbSystem));
        Assert.Equal("completed", warehouse.GetTagItem(TelemetryNames.Outcome));
        // The stages hang under the answer's span, the warehouse call under execute.
        var execute = Assert.Single(spans, s => s.OperationName == "metricassistant.execute");
        Assert.Equal(execute.SpanId, warehouse.ParentSpanId);
        Assert.All(spans.Where(s => s.OperationName is "metricassistant.read" or "metricassistant.authorise" or "metricassistant.narrate"), s => Assert.Equal(ask.SpanId, s.ParentSpanId));

        // Never the question's text, nor a value of the rows, in any tag of the request's trace.
        var texts = spans.SelectMany(TagTexts).ToArray();
        Assert.DoesNotContain(texts, t => t.Contains("华东", StringComparison.Ordinal) || t.Contains("上个月", StringComparison.Ordinal));
        var cells = answer.GetProperty("rows").EnumerateArray().SelectMany(r => r.EnumerateArray())
            .Select(c => c.ValueKind == JsonValueKind.String ? c.GetString()! : c.GetRawText()).Where(c => c.Length >= 3).Distinct().ToArray();
        Assert.NotEmpty(cells);
        foreach (var cell in cells)
            Assert.DoesNotContain(texts, t => t.Contains(cell, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_question_that_finds_nothing_is_read_and_clarified_and_runs_no_warehouse_call()
    {
        var (answer, spans) = await AskAsync("上个月的库存周转率");
        var status = answer.GetProperty("status").GetString();
        Assert.Contains(status, new[] { "not_found", "clarification_needed" });
        var clarify = Assert.Single(spans, s => s.OperationName == "metricassistant.clarify");
        Assert.Equal(status, clarify.GetTagItem(TelemetryNames.Status));
        Assert.DoesNotContain(spans, s => s.OperationName is "metricassistant.warehouse" or "metricassistant.compile");
        Assert.Contains(spans, s => s.OperationName == "metricassistant.audit");
    }

    [Fact]
    public async Task Metrics_serves_prometheus_text_with_the_answer_counters_after_a_question()
    {
        var (answer, _) = await AskAsync("上个月订单数");
        Assert.Equal("answered", answer.GetProperty("status").GetString());
        var response = await factory.CreateClient().GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(Counted(text, "metricassistant_answers_total", "metricassistant_door=\"ask\"", "metricassistant_status=\"answered\""), text);
        Assert.True(Counted(text, "metricassistant_stage_duration_milliseconds_count", "metricassistant_stage=\"compile\""), text);
        Assert.True(Counted(text, "metricassistant_stage_duration_milliseconds_count", "metricassistant_stage=\"read\""), text);
        Assert.True(Counted(text, "metricassistant_warehouse_duration_milliseconds_count", "db_system_name=\"duckdb\""), text);
        Assert.DoesNotContain("订单数", text);
        // The runtime's own meter: the managed heap after the last collection and the process's working set.
        Assert.Contains("dotnet_gc_last_collection_heap_size_bytes", text);
        Assert.Contains("dotnet_process_memory_working_set_bytes", text);
    }

    /// <summary>A series line of <paramref name="name"/> with every one of <paramref name="labels"/> and a value of at least 1.</summary>
    private static bool Counted(string exposition, string name, params string[] labels) =>
        exposition.Split('\n').Any(line => line.StartsWith(name + "{", StringComparison.Ordinal)
            && labels.All(l => line.Contains(l, StringComparison.Ordinal))
            && double.TryParse(line[(line.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture, out var value) && value >= 1);
}
