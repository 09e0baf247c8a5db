using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Identity;
using MetricAssistant.Application.Security;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Versions;
using YamlDotNet.RepresentationModel;

namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>What every lifecycle step shares: who calls (as <c>/api/ask</c> resolves it), their rights under the current policy, and the time.</summary>
public sealed class GovernanceContext(RequestContext context, ICatalogProvider catalogs, TimeProvider time)
{
    public ICatalogProvider Catalogs => catalogs;

    public TimeProvider Time => time;

    public GovernanceRights Rights => new(catalogs.Current.Access);

    public int ApprovalsRequired => catalogs.Current.Access.ApprovalsRequired;

    public (Caller? Caller, GovernanceFailure? Failure) Resolve(Caller? authenticated, string? user)
    {
        var (caller, _, error) = context.Resolve(authenticated, user, null);
        return caller is null ? (null, new GovernanceFailure(GovernanceFailureKind.UnknownCaller, error!.Code, error.Message, error.Suggestions)) : (caller, null);
    }

    /// <summary>The owner a document names (<c>owner: { zh, en }</c>), or null.</summary>
    public static LocalizedText? OwnerOf(string? yaml)
    {
        if (yaml is null || DefinitionText.Root(yaml) is not { } root || !root.Children.TryGetValue(new YamlScalarNode("owner"), out var node) || node is not YamlMappingNode owner) return null;
        string Part(string key) => owner.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value ?? "" : "";
        return new LocalizedText(Part("zh"), Part("en"));
    }

    /// <summary>The owners whose rights a proposal needs: its base's and the proposed document's (they differ when the owner changes).</summary>
    public static IReadOnlyList<LocalizedText> Owners(string? baseYaml, string proposedYaml) =>
        new[] { OwnerOf(baseYaml), OwnerOf(proposedYaml) }.OfType<LocalizedText>().Distinct().ToList();
}
