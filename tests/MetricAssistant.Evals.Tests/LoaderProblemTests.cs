namespace MetricAssistant.Evals.Tests;

/// <summary>Malformed cases come back as problems naming the file and the case, never as exceptions.</summary>
public sealed class LoaderProblemTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "evals-" + Guid.NewGuid().ToString("N"));

    public LoaderProblemTests() => Directory.CreateDirectory(directory);

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private const string FullQuery = """
          query:
            metrics: [gmv]
            groupBy: []
            filters: [{ dimension: region, op: in, values: [east] }]
            timeRange: { start: "2025-06-01", end: "2025-07-01" }
            grain: null
            orderBy: []
            limit: null
            compare: null
        """;

    private static string Case(string id, string status = "answered", string tags = "[time]", string? query = FullQuery, string extra = "") => $"""
        - id: {id}
          question: 上月gmv
          user: ceo
          now: "2025-07-15T10:00:00"
          lang: zh
          tags: {tags}
        {extra}  expect:
            status: {status}
        {(query is null ? "" : Indent(query))}
        """;

    private static string Indent(string text) => string.Join("\n", text.Split('\n').Select(l => "  " + l));

    private (IReadOnlyList<EvalCase> Cases, IReadOnlyList<string> Problems) Load(string fileName, string yaml)
    {
        File.WriteAllText(Path.Combine(directory, fileName), yaml);
        return EvalSetLoader.Load(directory, heldOut: true);
    }

    [Fact]
    public void A_well_formed_case_loads_with_its_full_query()
    {
        var (cases, problems) = Load("time.yaml", Case("time-zh-001"));
        Assert.Empty(problems);
        var c = Assert.Single(cases);
        Assert.Equal("time.yaml", c.File);
        Assert.True(c.HeldOut);
        Assert.Equal("answered", c.Expect.Status);
        var q = c.Expect.Query!;
        Assert.Equal(["gmv"], q.Metrics!);
        Assert.Equal("east", Assert.Single(q.Filters!).Values![0]);
        Assert.Equal("2025-06-01", q.TimeRange!.Start);
        Assert.Null(q.Grain);
        Assert.Null(q.Limit);
        Assert.Empty(q.OrderBy!);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("FALSE", false)]
    [InlineData("False", false)]
    public void Desc_takes_every_boolean_spelling_of_the_yaml_core_schema(string spelt, bool descending)
    {
        var query = FullQuery.Replace("orderBy: []", $"orderBy: [{{ field: gmv, desc: {spelt} }}]");
        var (cases, problems) = Load("time.yaml", Case("time-zh-001", query: query));
        Assert.Empty(problems);
        Assert.Equal(descending, Assert.Single(Assert.Single(cases).Expect.Query!.OrderBy!).Desc);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("\"true\"")]
    [InlineData("1")]
    public void Desc_that_is_no_boolean_is_a_problem(string spelt)
    {
        var query = FullQuery.Replace("orderBy: []", $"orderBy: [{{ field: gmv, desc: {spelt} }}]");
        var (cases, problems) = Load("time.yaml", Case("time-zh-001", query: query));
        Assert.Empty(cases);
        Assert.Contains(problems, p => p.Contains("desc: true|false"));
    }

    [Fact]
    public void An_unknown_status_is_a_problem_naming_file_and_case()
    {
        var (cases, problems) = Load("a.yaml", Case("a-zh-001", status: "maybe", query: null));
        Assert.Empty(cases);
        Assert.Contains(problems, p => p.StartsWith("a.yaml: a-zh-001:") && p.Contains("unknown status 'maybe'"));
    }

    [Fact]
    public void An_unknown_tag_is_a_problem()
    {
        var (_, problems) = Load("a.yaml", Case("a-zh-001", tags: "[time, weather]"));
        Assert.Contains(problems, p => p.Contains("a-zh-001") && p.Contains("unknown tag 'weather'"));
    }

    [Fact]
    public void A_duplicate_id_is_a_problem_even_across_files()
    {
        File.WriteAllText(Path.Combine(directory, "a.yaml"), Case("x-zh-001"));
        var (cases, problems) = Load("b.yaml", Case("x-zh-001"));
        Assert.Single(cases);
        Assert.Contains(problems, p => p.StartsWith("b.yaml: x-zh-001:") && p.Contains("duplicate id (first in a.yaml)"));
    }

    [Fact]
    public void A_query_missing_a_field_is_a_problem()
    {
        var query = string.Join("\n", FullQuery.Split('\n').Where(l => !l.Contains("grain:")));
        var (cases, problems) = Load("a.yaml", Case("a-zh-001", query: query));
        Assert.Empty(cases);
        Assert.Contains(problems, p => p.Contains("a-zh-001") && p.Contains("missing the field 'grain'"));
    }

    [Fact]
    public void An_answered_case_without_a_query_is_a_problem()
    {
        var (_, problems) = Load("a.yaml", Case("a-zh-001", query: null));
        Assert.Contains(problems, p => p.Contains("a-zh-001") && p.Contains("full expected query"));
    }

    [Fact]
    public void Missing_fields_are_problems()
    {
        var yaml = """
            - id: a-en-001
              question: gmv last month
              expect: { status: denied }
            """;
        var (cases, problems) = Load("a.yaml", yaml);
        Assert.Empty(cases);
        Assert.Contains(problems, p => p.Contains("a-en-001") && p.Contains("missing 'user'"));
        Assert.Contains(problems, p => p.Contains("a-en-001") && p.Contains("missing 'now'"));
        Assert.Contains(problems, p => p.Contains("a-en-001") && p.Contains("missing 'lang'"));
        Assert.Contains(problems, p => p.Contains("a-en-001") && p.Contains("'tags'"));
    }

    [Fact]
    public void A_clarification_lists_its_alternatives()
    {
        var (_, problems) = Load("a.yaml", Case("a-zh-001", status: "clarification_needed", query: null));
        Assert.Contains(problems, p => p.Contains("a-zh-001") && p.Contains("alternatives"));
    }

    [Fact]
    public void Broken_yaml_is_a_problem_not_an_exception()
    {
        var (cases, problems) = Load("a.yaml", "- id: [unclosed\n");
        Assert.Empty(cases);
        Assert.Contains(problems, p => p.StartsWith("a.yaml: not valid YAML"));
    }
}
