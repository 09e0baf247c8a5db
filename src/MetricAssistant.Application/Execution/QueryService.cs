using System.Diagnostics;
using MetricAssistant.Application.Answers;
using MetricAssistant.Application.Audit;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Execution;
using MetricAssistant.Application.Governance.Freshness;
using MetricAssistant.Application.Security;
using MetricAssistant.Application.Time;
using MetricAssistant.Understanding.Windows;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler;
using MetricAssistant.QueryModel;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Identity;
using MetricAssistant.Application.Governance;
using MetricAssistant.Application.Governance.Versions;
using MetricAssistant.Application.Telemetry;

namespace MetricAssistant.Application.Execution;

/// <summary>
/// Answers structured queries: checks the request, compiles the query against the current catalog (or, for metrics
/// pinned to an earlier version, the catalog with those definitions), runs it on the warehouse and shapes the answer
/// contract. Shared by the API, the CLI and the evals.
/// </summary>
/// <param name="pins">Reads pinned versions from the catalog store; without one only current versions can be pinned.</param>
/// <param name="results">The result cache, used together with <paramref name="keys"/>; without them every answer runs on the warehouse.</param>
public sealed class QueryService(ICatalogProvider catalogs, IWarehouse warehouse, RequestContext context, AnswerAudit audit, VersionPins? pins = null, FreshnessService? freshness = null,
    IResultCache? results = null, ResultKeyBuilder? keys = null, AnswerTelemetry? telemetry = null)
{
    private readonly CompiledQueries compiledQueries = new();

    /// <summary>Honours pinned versions for this service and the ask pipeline alike.</summary>
    public VersionPins Pins { get; } = pins ?? new VersionPins(new MetricHistory(new InMemoryCatalogStore(TimeProvider.System)));

    public Task<Answer> RunAsync(QueryRequest request, CancellationToken cancellationToken) => RunAsync(request, null, cancellationToken);

    /// <param name="caller">The authenticated caller, or null to take the request's demo <c>user</c>.</param>
    public async Task<Answer> RunAsync(QueryRequest request, Caller? caller, CancellationToken cancellationToken)
    {
        using var span = telemetry?.StartAnswer("query");
        var answer = await AnswerAsync(request, caller, cancellationToken);
        telemetry?.Answered(span, "query", answer.Status, answer.Metric?.Id is { } id ? [id] : answer.Query?.Metrics);
        return answer;
    }

    private async Task<Answer> AnswerAsync(QueryRequest request, Caller? caller, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var language = string.IsNullOrWhiteSpace(request.Language) ? "en" : request.Language;
        if (request.Query is null) return AnswerFactory.Invalid(new ErrorDto("missing_query", "The request has no 'query' object.", []));
        var (who, now, contextError) = context.Resolve(caller, request.User, request.Now);
        if (contextError is not null) return await audit.RecordAsync(AnswerFactory.Invalid(contextError), caller, "query", null, total, cancellationToken);

        var catalog = catalogs.Current;
        var today = DateOnly.FromDateTime(now);
        var (query, shapeError) = QueryTranslator.ToSemantic(request.Query, id => catalog.FindMetric(id) is { } m ? DefaultWindows.Resolve(m.DefaultWindow, today) : null);
        if (query is null) return await audit.RecordAsync(AnswerFactory.Invalid(shapeError!), who, "query", null, total, cancellationToken);

        var warnings = new List<string>();
        query = ReplaceDeprecated(catalog, query, warnings, language);
        var authorising = telemetry?.StartStage(AnswerStage.Authorise).Metrics(query.Metrics);
        var (pinned, pinError) = await Pins.ResolveAsync(catalog, query, language, cancellationToken);
        var decision = pinned?.Authorise(who!, query, language);
        authorising?.Status(decision is null ? "invalid_pin" : decision.Allowed ? "allowed" : "denied", failed: decision is null).Dispose();
        if (pinned is null || decision is null) return await audit.RecordAsync(AnswerFactory.Invalid(pinError!) with { Query = QueryTranslator.ToDto(query) }, who, "query", null, total, cancellationToken);
        if (!decision.Allowed) return await audit.RecordAsync(AnswerFactory.Denied(decision, Timings(0, 0, 0, total)), who, "query", null, total, cancellationToken);
        var answer = pinned.Label(await ExecuteAsync(pinned.Catalog, query with { Scope = decision.Scope }, language, cancellationToken), language);
        if (freshness is not null) answer = await freshness.AttachAsync(answer, pinned.Catalog, now, language, cancellationToken);
        answer = answer with
        {
            Scope = decision.ScopeReasons,
            Warnings = [.. warnings, .. answer.Warnings],
            Timings = answer.Timings with { TotalMs = Math.Round(total.Elapsed.TotalMilliseconds, 3) },
        };
        return await audit.RecordAsync(answer, who, "query", null, total, cancellationToken);
    }

    /// <summary>
    /// Compiles and runs a semantic query: the answer in the contract's shape (message in
    /// <paramref name="language"/>), or the reason it could not be run.
    /// </summary>
    public async Task<Answer> ExecuteAsync(SemanticCatalog catalog, SemanticQuery query, string language, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var compileWatch = Stopwatch.StartNew();
        CompileResult compiled;
        using (var compiling = telemetry?.StartStage(AnswerStage.Compile).Metrics(query.Metrics))
        {
            compiled = compiledQueries.Compile(catalog, query, warehouse.Dialect);
            compiling?.Status(compiled.Succeeded ? "compiled" : compiled.Error.Code, failed: !compiled.Succeeded);
        }
        var compileMs = compileWatch.Elapsed.TotalMilliseconds;
        if (!compiled.Succeeded) return CompileFailure(catalog, compiled.Error, language, Timings(0, compileMs, 0, total));

        QueryResult result;
        CacheStatus cache;
        double? cacheMs;
        using (var executing = telemetry?.StartStage(AnswerStage.Execute).Metrics(query.Metrics))
        {
            (result, cache, cacheMs) = await RunAsync(catalog, query, compiled.Query, cancellationToken);
            if (cache == CacheStatus.Hit) telemetry?.Hit();
            else if (cache == CacheStatus.Miss) telemetry?.Miss();
            executing?.Status(result.Outcome == QueryOutcome.Completed ? "completed" : result.Outcome.ToString(), failed: result.Outcome != QueryOutcome.Completed);
        }
        var timings = Timings(0, compileMs, cache == CacheStatus.Hit ? 0 : result.Elapsed.TotalMilliseconds, total) with { Cache = cache, CacheMs = cacheMs };
        var metric = catalog.Metrics[query.Metrics[0]];
        var queryDto = QueryTranslator.ToDto(query);
        if (result.Outcome == QueryOutcome.RowLimitExceeded)
            return AnswerFactory.Invalid(new ErrorDto("row_limit_exceeded", $"The answer has more than {warehouse.RowLimit} rows. Narrow the time range, add a filter or a limit, or group by fewer dimensions.", []), timings: timings) with { Query = queryDto, Sql = compiled.Query.Sql };
        if (result.Outcome == QueryOutcome.Unavailable)
            return AnswerFactory.Unavailable(new ErrorDto("warehouse_unavailable", WarehouseUnavailable(language), []), timings: timings) with { Query = queryDto };
        if (result.Outcome == QueryOutcome.TimedOut)
            return AnswerFactory.Invalid(new ErrorDto("query_timeout", "The query took longer than allowed. Narrow the time range or add filters.", []), timings: timings) with { Query = queryDto };

        var answer = new Answer
        {
            Status = AnswerStatus.Answered,
            Metric = AnswerFactory.Reference(metric, language),
            Query = queryDto,
            Columns = compiled.Query.Columns.Select(ColumnDto.From).ToArray(),
            Rows = result.Rows,
            Definition = metric.Description.For(language),
            Sql = compiled.Query.Sql,
            Message = AnswerNarrator.Narrate(catalog, metric, query, compiled.Query, result.Rows, language),
            Alternatives = AnswerFactory.Variants(catalog, metric, language),
            Timings = timings,
            Execution = new AnswerExecution(compiled.Query.Parameters, compiled.Query.Columns, warehouse.Dialect.Name, MetricsUsed.Versions(catalog, query.Metrics)),
        };
        return answer with { Display = AnswerDisplayBuilder.Describe(answer, catalog, language) };
    }

    /// <summary>The rows from the result cache when one is configured and the data's watermarks are known, else from the warehouse.</summary>
    private async Task<(QueryResult Result, CacheStatus Cache, double? CacheMs)> RunAsync(SemanticCatalog catalog, SemanticQuery query, CompiledQuery compiled, CancellationToken cancellationToken)
    {
        // The scope goes to the warehouse too: with row rules enforced in the database it is checked there again.
        var scope = DatabaseScope.For(catalog.Access, query.ScopeFilters);
        if (results is null || keys is null) return (await warehouse.ExecuteAsync(compiled, scope, cancellationToken), CacheStatus.Bypass, null);
        var watch = Stopwatch.StartNew();
        var key = await keys.BuildAsync(catalog, query, compiled, warehouse.Dialect.Name, cancellationToken);
        if (key is null)
        {
            var keyMs = watch.Elapsed.TotalMilliseconds;
            return (await warehouse.ExecuteAsync(compiled, scope, cancellationToken), CacheStatus.Bypass, Math.Round(keyMs, 3));
        }
        var cached = await results.GetOrRunAsync(key, token => warehouse.ExecuteAsync(compiled, scope, token), cancellationToken);
        var own = watch.Elapsed - (cached.Status == CacheStatus.Hit ? TimeSpan.Zero : cached.Result.Elapsed);
        return (cached.Result, cached.Status, Math.Round(Math.Max(0, own.TotalMilliseconds), 3));
    }

    /// <summary>A deprecated metric is never used to answer: its replacement is, and the answer says so.</summary>
    private static SemanticQuery ReplaceDeprecated(SemanticCatalog catalog, SemanticQuery query, List<string> warnings, string language)
    {
        var metrics = query.Metrics.Select(id =>
        {
            if (catalog.FindMetric(id) is not { } old || catalog.SuccessorOf(id) is not { } next)
                return id;
            warnings.Add(language.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
                ? $"“{old.Name.Zh}”（{old.Id}）已停用，已按替代指标“{next.Name.Zh}”（{next.Id}）回答。"
                : $"'{old.Name.En}' ({old.Id}) is deprecated; answered with its replacement '{next.Name.En}' ({next.Id}).");
            return next.Id;
        }).Distinct(StringComparer.Ordinal).ToArray();
        var order = query.Ordering.Select(o => catalog.SuccessorOf(o.Field) is { } next ? o with { Field = next.Id } : o).ToArray();
        return query with { Metrics = metrics, OrderBy = order };
    }

    private static Answer CompileFailure(SemanticCatalog catalog, CompileError error, string language, TimingsDto timings)
    {
        var dto = new ErrorDto(error.Code, error.Message, error.Suggestions);
        if (error.Code != "unknown_metric") return AnswerFactory.Invalid(dto, timings: timings);
        return new Answer
        {
            Status = AnswerStatus.NotFound,
            Message = error.Message,
            Error = dto,
            Alternatives = error.Suggestions.Select(catalog.FindMetric).OfType<MetricDefinition>().Select(m => AnswerFactory.Alternative(m, language)).ToArray(),
            Timings = timings,
        };
    }

    private static string WarehouseUnavailable(string language) => language.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
        ? "数据仓库暂时无法连接，本次没有查询。请稍后再试。"
        : "The data warehouse cannot be reached right now; nothing was run. Try again shortly.";

    private static TimingsDto Timings(double understandMs, double compileMs, double executeMs, Stopwatch total) =>
        new(Math.Round(understandMs, 3), Math.Round(compileMs, 3), Math.Round(executeMs, 3), Math.Round(total.Elapsed.TotalMilliseconds, 3));
}
