using MetricAssistant.QueryModel;
using MetricAssistant.Compiler.Sql;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Compiler.Tests.Versions;

/// <summary>
/// A pinned version is compiled from a catalog in which that metric's document is the older text: the SQL follows
/// the definition — different when what it computes differs, identical when only its names changed — and the
/// compiler never reads the pin itself.
/// </summary>
public sealed class PinnedDefinitionSqlTests
{
    private static readonly SemanticQuery June = new(["gmv"], ["region"], [], new DateRange(new DateOnly(2025, 6, 1), new DateOnly(2025, 7, 1)));

    private static string Sql(MetricAssistant.Catalog.Model.SemanticCatalog catalog, SemanticQuery query, SqlDialect dialect)
    {
        var result = new MetricCompiler(catalog).Compile(query, dialect);
        Assert.True(result.Succeeded, result.Succeeded ? "" : result.Error.Message);
        return result.Query.Sql;
    }

    public static TheoryData<string> Dialects => new() { "duckdb", "postgres" };

    private static SqlDialect Dialect(string name) => name == "duckdb" ? DuckDbDialect.Instance : PostgresDialect.Instance;

    [Theory]
    [MemberData(nameof(Dialects))]
    public void An_older_definition_compiles_to_its_own_sql(string dialect)
    {
        var current = Sql(TestRepository.Catalog, June, Dialect(dialect));
        var v1 = Sql(RepositoryDocuments.With(GmvHistory.Path, GmvHistory.V1), June, Dialect(dialect));
        var v2 = Sql(RepositoryDocuments.With(GmvHistory.Path, GmvHistory.V2), June, Dialect(dialect));
        Assert.NotEqual(current, v1);
        Assert.NotEqual(current, v2);
        Assert.NotEqual(v1, v2);
        Assert.Contains("order_amount", v1);
        Assert.Contains("order_time", v1);
        Assert.DoesNotContain("order_amount", current);
        Assert.Contains("status", v2);
        Assert.DoesNotContain("status", current);
    }

    [Fact]
    public void A_revision_that_only_renames_compiles_to_the_same_sql() =>
        Assert.Equal(Sql(TestRepository.Catalog, June, DuckDbDialect.Instance),
            Sql(RepositoryDocuments.With(GmvHistory.Path, GmvHistory.V3BeforeSynonym), June, DuckDbDialect.Instance));

    [Fact]
    public void The_pin_itself_does_not_change_what_the_compiler_writes() =>
        Assert.Equal(Sql(TestRepository.Catalog, June, DuckDbDialect.Instance),
            Sql(TestRepository.Catalog, June with { Versions = [new MetricVersionPin("gmv", 1)] }, DuckDbDialect.Instance));

    [Fact]
    public void A_metric_built_from_a_pinned_one_follows_its_older_definition()
    {
        var aov = June with { Metrics = ["aov"] };
        Assert.NotEqual(Sql(TestRepository.Catalog, aov, DuckDbDialect.Instance), Sql(RepositoryDocuments.With(GmvHistory.Path, GmvHistory.V1), aov, DuckDbDialect.Instance));
    }
}
