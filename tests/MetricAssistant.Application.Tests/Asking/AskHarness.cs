using Microsoft.Extensions.Logging;
using MetricAssistant.Application.Asking;
using MetricAssistant.Application.Audit;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Conversations;
using MetricAssistant.Application.Execution;
using MetricAssistant.Application.Feedback;
using MetricAssistant.Application.Governance;
using MetricAssistant.Application.Governance.Versions;
using MetricAssistant.Application.Learning;
using MetricAssistant.Application.Identity;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Time;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler;
using MetricAssistant.Compiler.Sql;
using MetricAssistant.Understanding.Retrieval;
using MetricAssistant.Understanding.Time;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Application.Tests.Asking;

/// <summary>
/// The ask and query services on a given catalog, wired as the service wires them but without a host:
/// the warehouse records what it is asked to run and answers one row of zeros.
/// </summary>
internal sealed class AskHarness
{
    public const string Now = "2025-07-15T10:00:00";

    /// <param name="examples">The learned examples' store: when given, choices and 👍 are learned and accepted examples read.</param>
    /// <param name="versions">The catalog store earlier versions are read from (pins); none: only current versions exist.</param>
    public AskHarness(SemanticCatalog catalog, ILearnedExampleStore? examples = null, ICatalogStore? versions = null, ILogger<LearnedExampleService>? learningLog = null)
    {
        var catalogs = new FixedCatalog(catalog);
        var time = TimeProvider.System;
        var context = new RequestContext(new OrganizationClock(time, Options.Create(new OrganizationOptions())), Options.Create(new IdentityOptions()), catalogs);
        var audit = new AnswerAudit(new NoAuditLog(), catalogs, time);
        Queries = new QueryService(catalogs, Warehouse, context, audit, versions is null ? null : new VersionPins(new MetricHistory(versions)));
        var retriever = CatalogIndexer.LexicalOnly().BuildAsync(catalog, CancellationToken.None).GetAwaiter().GetResult();
        Accepted = examples is null ? null : new AcceptedExamples(examples, time);
        Learning = examples is null ? null : new LearnedExampleService(examples, Accepted!, catalogs, context, time, learningLog);
        var understanding = new UnderstandingProvider(new TimeExpressionResolver(useRecognizers: false), retriever, Accepted);
        var conversations = new InMemoryConversationStore(Options.Create(new ConversationOptions()), time);
        Ask = new AskService(catalogs, Queries, context, understanding, new RulesQuestionPlanner(understanding, Accepted), audit, conversations, time, Learning);
        Feedback = new FeedbackService(new NoFeedback(), context, time, Learning);
    }

    public RecordingWarehouse Warehouse { get; } = new();

    public QueryService Queries { get; }

    public AskService Ask { get; }

    public AcceptedExamples? Accepted { get; }

    public LearnedExampleService? Learning { get; }

    public FeedbackService Feedback { get; }

    private sealed class NoFeedback : IFeedbackStore
    {
        public Task AddAsync(FeedbackEntry entry, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<IReadOnlyList<FeedbackEntry>> ReadAsync(string? metricId, int limit, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<FeedbackEntry>>([]);
    }

    public Task<Answer> AskAsync(string question, string user = "ceo", string? conversation = null) =>
        Ask.AskAsync(new AskRequest(question, user, Now, conversation), null, CancellationToken.None);

    private sealed class FixedCatalog(SemanticCatalog catalog) : ICatalogProvider
    {
        public SemanticCatalog Current => catalog;
    }

    internal sealed class RecordingWarehouse : IWarehouse
    {
        public List<CompiledQuery> Ran { get; } = [];

        public SqlDialect Dialect => DuckDbDialect.Instance;

        public int RowLimit => 500;

        public Task<QueryResult> ExecuteAsync(CompiledQuery query, CancellationToken cancellationToken)
        {
            Ran.Add(query);
            IReadOnlyList<object?> row = query.Columns.Select(c => c.Type == "date" ? (object?)new DateOnly(2025, 6, 1) : c.Type == "string" ? "east" : 0m).ToArray();
            return Task.FromResult(new QueryResult([row], QueryOutcome.Completed, TimeSpan.Zero));
        }
    }
}
