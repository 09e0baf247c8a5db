namespace MetricAssistant.Catalog.Model;

/// <summary>Who may see what, kept as catalog data (catalog/access/): changing it needs no rebuild.</summary>
public sealed record AccessPolicy(IReadOnlyList<RoleDefinition> Roles, IReadOnlyList<UserDefinition> Users)
{
    public static readonly AccessPolicy Empty = new([], []);

    public RoleDefinition? FindRole(string id) => Roles.FirstOrDefault(r => r.Id == id);

    public UserDefinition? FindUser(string id) => Users.FirstOrDefault(u => u.Id == id);
}
