using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler;
using MetricAssistant.Compiler.Sql;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Application.Execution;

/// <summary>
/// Compiled queries kept per catalog instance and reused: the compiler is pure and deterministic, so the same query
/// (structural equality) against the same catalog and dialect always compiles to the same SQL, parameters and columns.
/// A repeated question then skips planning and rendering. A published catalog is a new instance with its own entries;
/// an old catalog's entries go with it. At most <see cref="MaxPerCatalog"/> queries a catalog (then it starts afresh),
/// so a stream of distinct queries cannot grow it without bound.
/// </summary>
public sealed class CompiledQueries
{
    public const int MaxPerCatalog = 2048;

    private readonly ConditionalWeakTable<SemanticCatalog, ConcurrentDictionary<(SemanticQuery Query, string Dialect), CompileResult>> byCatalog = new();

    public CompileResult Compile(SemanticCatalog catalog, SemanticQuery query, SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        var compiled = byCatalog.GetValue(catalog, _ => new());
        var key = (query, dialect.Name);
        if (compiled.TryGetValue(key, out var known)) return known;
        var result = new MetricCompiler(catalog).Compile(query, dialect);
        if (compiled.Count >= MaxPerCatalog) compiled.Clear();
        compiled.TryAdd(key, result);
        return result;
    }

    /// <summary>How many compiled queries are kept for <paramref name="catalog"/>.</summary>
    public int Count(SemanticCatalog catalog) => byCatalog.TryGetValue(catalog, out var compiled) ? compiled.Count : 0;
}
