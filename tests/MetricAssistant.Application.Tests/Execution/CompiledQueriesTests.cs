using MetricAssistant.Application.Execution;
using MetricAssistant.Compiler;
using MetricAssistant.Compiler.Sql;
using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Application.Tests.Execution;

/// <summary>Compiled queries reused per catalog: the same result as compiling afresh, never across catalogs, and bounded.</summary>
public sealed class CompiledQueriesTests
{
    private static SemanticQuery Gmv(int day, string region = "east") => new(
        ["gmv"], ["channel"], [new QueryFilter("region", QueryFilterOperator.In, [region])],
        new DateRange(new DateOnly(2025, 1, 1).AddDays(day), new DateOnly(2025, 7, 1)));

    [Fact]
    public void An_equal_query_on_the_same_catalog_reuses_the_compiled_sql_which_equals_a_fresh_compile()
    {
        var compiled = new CompiledQueries();
        var catalog = TestRepository.Catalog;
        var first = compiled.Compile(catalog, Gmv(0), DuckDbDialect.Instance);
        // A new but equal query (as every request builds its own) finds the same result.
        var again = compiled.Compile(catalog, Gmv(0), DuckDbDialect.Instance);
        var fresh = new MetricCompiler(catalog).Compile(Gmv(0), DuckDbDialect.Instance);

        Assert.Same(first, again);
        Assert.Equal(fresh.Query!.Sql, first.Query!.Sql);
        Assert.Equal(fresh.Query.Parameters, first.Query.Parameters);
        var south = compiled.Compile(catalog, Gmv(0, "south"), DuckDbDialect.Instance);
        Assert.NotSame(first, south);
        Assert.NotEqual(Describe(first), Describe(south));
        Assert.Equal(2, compiled.Count(catalog));
    }

    [Fact]
    public void Another_catalog_instance_compiles_afresh_and_other_dialects_are_other_entries()
    {
        var compiled = new CompiledQueries();
        var published = TestRepository.Catalog with { };
        var before = compiled.Compile(TestRepository.Catalog, Gmv(0), DuckDbDialect.Instance);
        var after = compiled.Compile(published, Gmv(0), DuckDbDialect.Instance);
        var postgres = compiled.Compile(published, Gmv(0), PostgresDialect.Instance);

        Assert.NotSame(before, after);
        Assert.Equal(1, compiled.Count(TestRepository.Catalog));
        Assert.Equal(2, compiled.Count(published));
        Assert.NotEqual(after.Query!.Sql, postgres.Query!.Sql);
    }

    [Fact]
    public void A_stream_of_distinct_queries_keeps_at_most_the_bound()
    {
        var compiled = new CompiledQueries();
        var catalog = TestRepository.Catalog with { };
        for (var i = 0; i < CompiledQueries.MaxPerCatalog + 10; i++)
            compiled.Compile(catalog, Gmv(i % 180, "region" + i / 180), DuckDbDialect.Instance);

        Assert.InRange(compiled.Count(catalog), 1, CompiledQueries.MaxPerCatalog);
    }

    private static string Describe(CompileResult result) => result.Query!.Sql + "|" + string.Join(",", result.Query.Parameters.Select(p => $"{p.Name}={p.Value}"));
}
