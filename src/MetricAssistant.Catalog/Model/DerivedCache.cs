namespace MetricAssistant.Catalog.Model;

/// <summary>
/// Holds something a catalog works out once it is first asked for (its reach, its signatures). A copy of
/// the catalog made with <c>with</c> shares the holder, so the held value is checked to be of the asking
/// catalog's definitions. It is no part of the catalog's value: catalogs are equal whatever they have worked out so far.
/// </summary>
internal sealed class DerivedCache<T>(Func<SemanticCatalog, T> build, Func<T, SemanticCatalog, bool> isOf) where T : class
{
    private T? built;

    public T For(SemanticCatalog catalog)
    {
        var current = Volatile.Read(ref built);
        if (current is not null && isOf(current, catalog)) return current;
        // Working it out twice in a race is harmless: both results are the same.
        var fresh = build(catalog);
        Interlocked.CompareExchange(ref built, fresh, current);
        return fresh;
    }

    public override bool Equals(object? obj) => obj is DerivedCache<T>;

    public override int GetHashCode() => typeof(T).GetHashCode();
}
