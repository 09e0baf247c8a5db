using MetricAssistant.Application.Contracts;
using MetricAssistant.Evals.Reports;
using MetricAssistant.Evals.Running;

namespace MetricAssistant.Evals.Tests.Harness;

/// <summary>A small golden and held-out set written as YAML to a temporary folder, and helpers to run them with fakes.</summary>
internal sealed class HarnessSets : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "ma-harness-" + Guid.NewGuid().ToString("N"));
    public string Golden => Path.Combine(Root, "golden");
    public string Holdout => Path.Combine(Root, "holdout");
    public string Absent => Path.Combine(Root, "no-such-folder");

    public HarnessSets()
    {
        Directory.CreateDirectory(Golden);
        Directory.CreateDirectory(Holdout);
        File.WriteAllText(Path.Combine(Golden, "time.yaml"), """
            - id: time-zh-001
              question: 上月gmv
              user: ceo
              now: "2025-07-15T10:00:00"
              lang: zh
              tags: [time, noise]
              expect:
                status: answered
                query: { metrics: [gmv], groupBy: [], filters: [], timeRange: { start: "2025-06-01", end: "2025-07-01" }, grain: null, orderBy: [], limit: null, compare: null }
                alternatives: [gmv_ordered, gmv_net]
            - id: time-en-001
              question: order count last month
              user: ceo
              now: "2025-07-15T10:00:00"
              lang: en
              tags: [time]
              expect:
                status: answered
                query: { metrics: [order_count], groupBy: [], filters: [], timeRange: { start: "2025-06-01", end: "2025-07-01" }, grain: null, orderBy: [], limit: null, compare: null }
            - id: time-mixed-001
              question: 上个月Tmall的GMV
              user: ceo
              now: "2025-07-15T10:00:00"
              lang: mixed
              tags: [time, filter, mixed-language]
              expect:
                status: answered
                query: { metrics: [gmv], groupBy: [], filters: [{ dimension: channel, op: in, values: [tmall] }], timeRange: { start: "2025-06-01", end: "2025-07-01" }, grain: null, orderBy: [], limit: null, compare: null }
            """);
        File.WriteAllText(Path.Combine(Golden, "other.yaml"), """
            - id: other-zh-001
              question: 转化率
              user: ceo
              now: "2025-07-15T10:00:00"
              lang: zh
              tags: [clarification]
              expect:
                status: clarification_needed
                alternatives: [conversion_rate, appointment_conversion_rate]
            - id: other-en-001
              question: gross profit last month
              user: guest
              now: "2025-07-15T10:00:00"
              lang: en
              tags: [permission]
              expect:
                status: denied
            """);
        File.WriteAllText(Path.Combine(Holdout, "ho-time.yaml"), """
            - id: ho-time-zh-001
              question: 华东上个月销售额
              user: ceo
              now: "2025-07-15T10:00:00"
              lang: zh
              tags: [time, filter]
              expect:
                status: answered
                query: { metrics: [gmv], groupBy: [], filters: [{ dimension: region, op: in, values: [east] }], timeRange: { start: "2025-06-01", end: "2025-07-01" }, grain: null, orderBy: [], limit: null, compare: null }
            - id: ho-time-en-001
              question: visitors yesterday
              user: ceo
              now: "2025-07-15T10:00:00"
              lang: en
              tags: [time]
              expect:
                status: answered
                query: { metrics: [visitors], groupBy: [], filters: [], timeRange: { start: "2025-07-14", end: "2025-07-15" }, grain: null, orderBy: [], limit: null, compare: null }
            """);
    }

    public IReadOnlyList<EvalSetSource> Sources => [new("golden", Golden, false), new("holdout", Holdout, true)];

    public IReadOnlyList<EvalCase> AllCases() =>
        [.. EvalSetLoader.Load(Golden, false).Cases, .. EvalSetLoader.Load(Holdout, true).Cases];

    /// <summary>Runs both sets with the oracle pipeline, spoiled by <paramref name="spoil"/> when given.</summary>
    public Task<EvalReport> RunAsync(Func<EvalCase, Answer, Answer>? spoil = null, IConformanceSuite? conformance = null) =>
        new EvalSession(new HarnessFakes.OracleAsk(AllCases(), spoil), new HarnessFakes.RowsRunner(), conformance, new EvalRunnerOptions(4, TimeSpan.FromSeconds(10)))
            .RunAsync(Sources, "rules", Absent, CancellationToken.None);

    /// <summary>The deliberately broken change: every case whose expected metric is gmv is answered with gmv_net.</summary>
    public static Answer WrongMetricForGmv(EvalCase c, Answer answer) =>
        answer.Query?.Metrics is ["gmv", ..] ? answer with { Query = answer.Query with { Metrics = ["gmv_net"] } } : answer;

    public string Temp(string name) => Path.Combine(Root, name);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}
