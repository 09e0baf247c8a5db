namespace MetricAssistant.Application.Contracts;

/// <summary>A metric offered instead of, or beside, the one answered: its id, name and one-line definition (口径).</summary>
public sealed record AlternativeDto(string Id, string Name)
{
    /// <summary>The first sentence of the metric's description, so that a choice can be made without opening the catalog.</summary>
    public string? Definition { get; init; }
}
