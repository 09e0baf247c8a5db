namespace MetricAssistant.Catalog.Model;

/// <summary>Who may see what, kept as catalog data (catalog/access/): changing it needs no rebuild.</summary>
public sealed record AccessPolicy(IReadOnlyList<RoleDefinition> Roles, IReadOnlyList<UserDefinition> Users)
{
    public static readonly AccessPolicy Empty = new([], []);

    /// <summary>How many reviewers other than the author must approve a proposal before it may be published ("approvals_required:", default 1).</summary>
    public int ApprovalsRequired { get; init; } = 1;

    /// <summary>Tags whose metrics' definitions (not values) everyone may read ("public_definition_tags:", optional).</summary>
    public IReadOnlyList<PublicDefinitionTag> PublicDefinitionTags { get; init; } = [];

    /// <summary>Directory groups mapped to roles ("groups:", optional); none keeps roles per user only.</summary>
    public IReadOnlyList<GroupDefinition> Groups { get; init; } = [];

    /// <summary>A group by its object id; GUIDs compare case-insensitively, as the directory and tokens spell them either way.</summary>
    public GroupDefinition? FindGroup(string id) => Groups.FirstOrDefault(g => string.Equals(g.Id, id, StringComparison.OrdinalIgnoreCase));

    public RoleDefinition? FindRole(string id) => Roles.FirstOrDefault(r => r.Id == id);

    public UserDefinition? FindUser(string id) => Users.FirstOrDefault(u => u.Id == id);
}
