using System.Globalization;
using MetricAssistant.Application.Asking;
using MetricAssistant.Application.Audit;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Conversations;
using MetricAssistant.Application.Execution;
using MetricAssistant.Application.Identity;
using MetricAssistant.Application.Time;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler;
using MetricAssistant.Compiler.Sql;
using MetricAssistant.Evals.Running;
using MetricAssistant.Evals.Scoring;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Retrieval;
using MetricAssistant.Understanding.Time;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Evals.Tests.Conversations;

/// <summary>
/// The real ask pipeline on the repository's catalog (rules planner, the in-memory conversation store the service
/// uses without a shared store), with a warehouse whose rows follow from the SQL and its parameters, so that a
/// different query gives different numbers.
/// </summary>
internal static class RealPipeline
{
    public static (IAskService Ask, IExpectedQueryRunner Expected) Build()
    {
        var catalog = TestRepository.Catalog;
        var catalogs = new FixedCatalog(catalog);
        var time = TimeProvider.System;
        var context = new RequestContext(new OrganizationClock(time, Options.Create(new OrganizationOptions())), Options.Create(new IdentityOptions()), catalogs);
        var audit = new AnswerAudit(new NoAuditLog(), catalogs, time);
        var queries = new QueryService(catalogs, new SqlRowsWarehouse(), context, audit);
        var retriever = CatalogIndexer.LexicalOnly().BuildAsync(catalog, CancellationToken.None).GetAwaiter().GetResult();
        var understanding = new UnderstandingProvider(new TimeExpressionResolver(useRecognizers: false), retriever);
        var conversations = new InMemoryConversationStore(Options.Create(new ConversationOptions()), time);
        var ask = new AskService(catalogs, queries, context, understanding, new RulesQuestionPlanner(understanding), audit, conversations, time);
        return (ask, new QueryServiceExpectedRunner(queries));
    }

    private sealed class FixedCatalog(SemanticCatalog catalog) : ICatalogProvider
    {
        public SemanticCatalog Current => catalog;
    }

    private sealed class SqlRowsWarehouse : IWarehouse
    {
        public SqlDialect Dialect => DuckDbDialect.Instance;

        public int RowLimit => 500;

        public Task<QueryResult> ExecuteAsync(CompiledQuery query, CancellationToken cancellationToken)
        {
            var text = query.Sql + "|" + string.Join("|", query.Parameters.Select(p => Convert.ToString(p.Value, CultureInfo.InvariantCulture)));
            var seed = text.Aggregate(17L, (h, c) => (h * 31 + c) % 1_000_003);
            IReadOnlyList<object?> row = query.Columns.Select(c => c.Type == "date" ? (object?)new DateOnly(2025, 6, 1) : c.Type == "string" ? "east" : (decimal)seed).ToArray();
            return Task.FromResult(new QueryResult([row], QueryOutcome.Completed, TimeSpan.Zero));
        }
    }
}
