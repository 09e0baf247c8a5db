using MetricAssistant.Application.Asking;
using MetricAssistant.Application.Audit;
using MetricAssistant.Application.Feedback;
using MetricAssistant.Application.Governance.Inbox;
using MetricAssistant.Application.Governance.Requests;
using MetricAssistant.Application.Identity;
using MetricAssistant.Application.Learning;
using MetricAssistant.Application.Time;
using MetricAssistant.Application.Tests.Learning;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Retrieval;
using MetricAssistant.Understanding.Time;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MetricAssistant.Application.Tests.Governance;

/// <summary>Requests and the inbox on the demo catalog, wired as the service wires them, on in-memory stores and a fake clock.</summary>
internal sealed class RequestHarness
{
    public RequestHarness()
    {
        var catalogs = new SwitchableCatalogProvider(TestRepository.Catalog);
        Context = new RequestContext(new OrganizationClock(Time, Options.Create(new OrganizationOptions())), Options.Create(new IdentityOptions()), catalogs);
        var retriever = CatalogIndexer.LexicalOnly().BuildAsync(TestRepository.Catalog, CancellationToken.None).GetAwaiter().GetResult();
        var resolver = new TimeExpressionResolver(useRecognizers: false);
        var planner = new RulesQuestionPlanner(new UnderstandingProvider(resolver, retriever));
        Router = new RequestRouter(planner);
        Requests = new RequestService(Store, Router, catalogs, Context, Time, [Notifier]);
        Inbox = new InboxService(Feedback, Examples, Audit, Store, Router, new WordingKeys(resolver), catalogs, Context);
        OwnerFeedback = new OwnerFeedback(Feedback, catalogs, Context);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 7, 15, 2, 0, 0, TimeSpan.Zero));

    public RequestContext Context { get; }

    public InMemoryRequestStore Store { get; } = new();

    public RecordingNotifier Notifier { get; } = new();

    public MemoryFeedback Feedback { get; } = new();

    public MemoryExampleStore Examples { get; } = new();

    public MemoryAudit Audit { get; } = new();

    public RequestRouter Router { get; }

    public RequestService Requests { get; }

    public InboxService Inbox { get; }

    public OwnerFeedback OwnerFeedback { get; }

    public async Task<RequestView> CreateAsync(string question, string user = "guest", string? title = null)
    {
        var (request, failure) = await Requests.CreateAsync(new CreateRequestBody(title, question, null, user), null, "api", null, CancellationToken.None);
        Assert.Null(failure);
        return request!;
    }

    public Task<(RequestView? Request, RequestFailure? Failure)> SetAsync(string id, string status, string user, string? metricId = null, string? comment = null) =>
        Requests.SetStatusAsync(null, id, new RequestStatusBody(status, metricId, comment, user), CancellationToken.None);

    internal sealed class RecordingNotifier : IRequestNotifier
    {
        public List<(MetricRequest Request, RequestEvent Change)> Sent { get; } = [];

        public Task NotifyAsync(MetricRequest request, RequestEvent change, CancellationToken cancellationToken)
        {
            lock (Sent) Sent.Add((request, change));
            return Task.CompletedTask;
        }
    }

    internal sealed class MemoryFeedback : IFeedbackStore
    {
        private readonly List<FeedbackEntry> entries = [];

        public Task AddAsync(FeedbackEntry entry, CancellationToken cancellationToken)
        {
            lock (entries) entries.Add(entry);
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<FeedbackEntry>> ReadAsync(string? metricId, int limit, CancellationToken cancellationToken)
        {
            lock (entries)
                return Task.FromResult<IReadOnlyList<FeedbackEntry>>(entries.Where(e => metricId is null || e.MetricId == metricId).Reverse().Take(limit).ToList());
        }
    }

    internal sealed class MemoryAudit : IAuditLog
    {
        private readonly List<AuditEntry> entries = [];

        public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
        {
            lock (entries) entries.Add(entry);
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditFilter filter, CancellationToken cancellationToken)
        {
            lock (entries)
                return Task.FromResult<IReadOnlyList<AuditEntry>>(entries.Where(e => filter.Status is null || e.Status == filter.Status).Reverse().Take(filter.Limit).ToList());
        }

        public void NotFound(string question, string user, DateTimeOffset time) =>
            entries.Add(new AuditEntry(time, user, "demo", "api", question, "not_found", null, null, null, null, 0, 1, null));
    }
}
