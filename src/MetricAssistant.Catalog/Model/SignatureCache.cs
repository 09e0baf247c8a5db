namespace MetricAssistant.Catalog.Model;

/// <summary>Holds a catalog's <see cref="CatalogSignatures"/> once first asked for, like <see cref="ReachCache"/>; no part of the catalog's value.</summary>
internal sealed class SignatureCache
{
    private CatalogSignatures? built;

    public CatalogSignatures For(SemanticCatalog catalog)
    {
        var current = Volatile.Read(ref built);
        if (current is not null && current.IsOf(catalog)) return current;
        var fresh = CatalogSignatures.Build(catalog);
        Interlocked.CompareExchange(ref built, fresh, current);
        return fresh;
    }

    public override bool Equals(object? obj) => obj is SignatureCache;

    public override int GetHashCode() => 0;
}
