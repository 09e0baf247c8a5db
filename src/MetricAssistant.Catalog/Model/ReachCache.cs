
namespace MetricAssistant.Catalog.Model;

/// <summary>
/// Holds a catalog's <see cref="CatalogReach"/> once it is first asked for. A copy of the catalog made
/// with <c>with</c> shares the holder, so the reach is checked to be of the asking catalog's definitions.
/// It is no part of the catalog's value: catalogs are equal whatever they have worked out so far.
/// </summary>
internal sealed class ReachCache
{
    private CatalogReach? built;

    public CatalogReach For(SemanticCatalog catalog)
    {
        var current = Volatile.Read(ref built);
        if (current is not null && current.IsOf(catalog)) return current;
        // Working it out twice in a race is harmless: both results are the same.
        var fresh = CatalogReach.Build(catalog);
        Interlocked.CompareExchange(ref built, fresh, current);
        return fresh;
    }

    public override bool Equals(object? obj) => obj is ReachCache;

    public override int GetHashCode() => 0;
}
