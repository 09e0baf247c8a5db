using System.Text.Json;
using MetricAssistant.Application.Governance.Proposals;
using MetricAssistant.Application.Identity;
using MetricAssistant.Application.Time;
using MetricAssistant.Tests.Shared;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MetricAssistant.Application.Tests.Governance;

/// <summary>The lifecycle's services on a store seeded from the repository's catalog, with the demo users.</summary>
internal sealed class LifecycleHarness
{
    public LifecycleHarness(bool catalogIsFiles = false, IProposalStore? proposals = null)
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        Catalog = StoreCatalog.Seeded(Time);
        Proposals = proposals ?? new InMemoryProposalStore();
        var context = new RequestContext(new OrganizationClock(Time, Options.Create(new OrganizationOptions())), Options.Create(new IdentityOptions()), Catalog);
        var governance = new GovernanceContext(context, Catalog, Time);
        var documents = new CatalogDocuments(Catalog.Store);
        Service = new ProposalService(Proposals, documents, governance);
        Reviews = new ProposalReviewService(Proposals, documents, governance, Service);
        Publisher = new ProposalPublisher(Proposals, documents, governance, new LifecycleSettings(catalogIsFiles));
    }

    public FakeTimeProvider Time { get; }

    public StoreCatalog Catalog { get; }

    public IProposalStore Proposals { get; }

    public ProposalService Service { get; }

    public ProposalReviewService Reviews { get; }

    public ProposalPublisher Publisher { get; }

    public static JsonElement Json(object value) => JsonSerializer.SerializeToElement(value);

    public Task<(ProposalCreated? Created, GovernanceFailure? Failure)> ProposeAsync(string user, string kind, string metricId, object? definition, string reason = "because", int? baseVersion = null) =>
        Service.CreateAsync(null, new ProposalRequest(kind, metricId, baseVersion, definition is null ? null : Json(definition), reason, user), CancellationToken.None);

    public async Task<string> ProposedAsync(string user, string kind, string metricId, object? definition, string reason = "because")
    {
        var (created, failure) = await ProposeAsync(user, kind, metricId, definition, reason);
        Assert.True(failure is null, failure?.Message);
        return created!.Id;
    }

    public Task<(ProposalView? Proposal, GovernanceFailure? Failure)> ReviewAsync(string user, string id, string decision, string comment = "looks right") =>
        Reviews.ReviewAsync(null, id, new ReviewRequest(decision, comment, user), CancellationToken.None);

    public Task<(PublishResult? Result, GovernanceFailure? Failure)> PublishAsync(string user, string id) =>
        Publisher.PublishAsync(null, id, new PublishRequest(user), CancellationToken.None);

    public async Task<PublishResult> ApprovedAndPublishedAsync(string id, string reviewer = "ceo", string publisher = "ceo")
    {
        var (_, refused) = await ReviewAsync(reviewer, id, "approve");
        Assert.True(refused is null, refused?.Message);
        var (result, failure) = await PublishAsync(publisher, id);
        Assert.True(failure is null, failure?.Message);
        return result!;
    }

    public async Task<string> CurrentTextAsync(string path) =>
        (await Catalog.Store.CurrentAsync(CancellationToken.None)).Single(r => r.Path == path).Yaml;
}
