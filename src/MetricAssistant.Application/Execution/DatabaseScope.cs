using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Application.Execution;

/// <summary>
/// The caller's row scope as a warehouse can enforce it independently of the compiled SQL: for every dimension
/// any row rule of the access policy restricts, the codes the caller may see or "all". A dimension not listed
/// here is unknown to the database's policies, which then show no rows: the scope fails closed.
/// </summary>
public sealed record DatabaseScope(IReadOnlyList<ScopedDimension> Dimensions)
{
    /// <summary>No settings at all: under database row rules this sees nothing.</summary>
    public static readonly DatabaseScope None = new([]);

    /// <summary>
    /// The scope of a query whose row rules were applied as <paramref name="scope"/> filters: each restricted dimension
    /// takes the filter's codes (intersected when several filters name it), every other policy dimension is unrestricted.
    /// </summary>
    public static DatabaseScope For(AccessPolicy access, IReadOnlyList<QueryFilter> scope)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(scope);
        var restricted = scope.Select(f => f.Dimension);
        var dimensions = access.Roles.SelectMany(r => r.RowRules).Select(r => r.Dimension).Concat(restricted)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return new DatabaseScope(dimensions.Select(d => new ScopedDimension(d, Values(d, scope))).ToArray());
    }

    private static IReadOnlyList<string>? Values(string dimension, IReadOnlyList<QueryFilter> scope)
    {
        IEnumerable<string>? values = null;
        foreach (var filter in scope.Where(f => f.Dimension == dimension))
        {
            // Only "in" narrows rows to named codes; a row rule is always one.
            if (filter.Operator != QueryFilterOperator.In) continue;
            values = values is null ? filter.Values : values.Intersect(filter.Values, StringComparer.Ordinal);
        }
        return values?.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }
}
