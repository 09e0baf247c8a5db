using MetricAssistant.Application.Learning;
using MetricAssistant.Application.Security;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Governance.Requests;

/// <summary>
/// Who reviews a domain (an owner department): a caller with a role whose <c>governance</c> has <c>review</c> and
/// whose <c>owners</c> name the department (English or Chinese) or "*" — the rule <see cref="RoleDefinition.Reviews"/>
/// applies to a metric's owner, applied to a request's domain. Whether a caller reviews anything at all is
/// <see cref="ExampleReviewers.ReviewsAny"/>'s answer, so examples, requests and the inbox agree.
/// </summary>
public sealed class DomainReviewers(SemanticCatalog catalog)
{
    public bool ReviewsAny(Caller caller) => new ExampleReviewers(catalog).ReviewsAny(caller);

    public bool Reviews(Caller caller, RequestDomain domain) =>
        Roles(caller).Any(r => r.Governance.Contains("review") && r.Owners.Any(o => o == RoleDefinition.AllOwners || o == domain.En || o == domain.Zh));

    /// <summary>Whether the caller reviews the metric (false for a metric the catalog does not have).</summary>
    public bool ReviewsMetric(Caller caller, string? metricId) =>
        metricId is not null && catalog.FindMetric(metricId) is { } metric && Roles(caller).Any(r => r.Reviews(metric));

    /// <summary>The departments the caller reviews, as the policy names them ("*" for all).</summary>
    public IReadOnlyList<string> Owners(Caller caller) =>
        Roles(caller).Where(r => r.Governance.Contains("review")).SelectMany(r => r.Owners).Distinct(StringComparer.Ordinal).ToList();

    private IEnumerable<RoleDefinition> Roles(Caller caller) => caller.Roles.Select(catalog.Access.FindRole).OfType<RoleDefinition>();
}
