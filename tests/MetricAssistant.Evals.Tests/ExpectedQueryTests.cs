using MetricAssistant.Application.Contracts;
using MetricAssistant.Compiler;
using MetricAssistant.Compiler.Sql;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Evals.Tests;

/// <summary>Every expected query is one the compiler accepts (or, for invalid cases, refuses for the stated reason).</summary>
public sealed class ExpectedQueryTests
{
    private static readonly DateOnly DataStart = new(2024, 1, 1);
    private static readonly DateOnly DataEnd = new(2026, 1, 1);
    private readonly MetricCompiler compiler = new(TestRepository.Catalog);

    private static IEnumerable<EvalCase> Answered => EvalSets.All.Where(c => c.Expect.Status == AnswerStatus.Answered);

    [Fact]
    public void Every_answered_case_compiles()
    {
        var failures = new List<string>();
        foreach (var c in Answered)
        {
            var (query, error) = QueryTranslator.ToSemantic(c.Expect.Query!, _ => null);
            if (query is null)
            {
                failures.Add($"{c.Id}: {error!.Code}: {error.Message}");
                continue;
            }
            var result = compiler.Compile(query, DuckDbDialect.Instance);
            if (!result.Succeeded) failures.Add($"{c.Id}: {result.Error.Code}: {result.Error.Message}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Answered_cases_never_name_a_deprecated_metric()
    {
        var deprecated = TestRepository.Catalog.Metrics.Values.Where(m => !m.IsPublished).Select(m => m.Id).ToHashSet();
        var wrong = Answered.Where(c => c.Expect.Query!.Metrics!.Any(deprecated.Contains)).Select(c => c.Id).ToArray();
        Assert.True(wrong.Length == 0, "answered with a deprecated metric: " + string.Join(", ", wrong));
    }

    [Fact]
    public void Invalid_cases_with_a_query_are_refused_as_unreachable_dimensions()
    {
        var failures = new List<string>();
        var invalid = EvalSets.All.Where(c => c.Expect.Status == AnswerStatus.Invalid && c.Expect.Query is not null).ToArray();
        Assert.NotEmpty(invalid);
        foreach (var c in invalid)
        {
            var (query, error) = QueryTranslator.ToSemantic(c.Expect.Query!, _ => null);
            if (query is null)
            {
                failures.Add($"{c.Id}: malformed query: {error!.Message}");
                continue;
            }
            var result = compiler.Compile(query, DuckDbDialect.Instance);
            if (result.Succeeded) failures.Add($"{c.Id}: compiles, but the case says the split is impossible");
            else if (result.Error.Code != "unreachable_dimension") failures.Add($"{c.Id}: refused with {result.Error.Code}, not unreachable_dimension");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Answered_ranges_overlap_the_demo_data()
    {
        var outside = Answered
            .Where(c => DateOnly.Parse(c.Expect.Query!.TimeRange!.End!) <= DataStart || DateOnly.Parse(c.Expect.Query.TimeRange.Start!) >= DataEnd)
            .Select(c => c.Id).ToArray();
        Assert.True(outside.Length == 0, "ranges outside 2024-01-01..2025-12-31: " + string.Join(", ", outside));
    }

    /// <summary>The ordering rules of CONVENTIONS.md ("Group-by and order"), checked on every expected query.</summary>
    [Fact]
    public void Expected_queries_follow_the_ordering_conventions()
    {
        var wrong = new List<string>();
        foreach (var c in Answered)
        {
            var q = c.Expect.Query!;
            var order = q.OrderBy!;
            var grouped = q.GroupBy!.Count > 0;
            string? problem = (grouped, q.Grain is not null) switch
            {
                (_, true) when order.Count > 0 || q.Limit is not null => "a trend has orderBy [] and no limit",
                (false, false) when order.Count > 0 || q.Limit is not null => "no group-by and no grain: orderBy [] and limit null",
                (true, false) when order.Count != 1 || order[0].Field != q.Metrics![0] => "a group-by is ordered by its first metric",
                // A ranking without a number (underperforming, 从低到高, 拖后腿) orders every row, from either end.
                (true, false) when q.Limit is null && !order[0].Desc && !c.Tags.Contains("ranking") => "an unranked group-by is ordered descending",
                _ => null,
            };
            if (problem is not null) wrong.Add($"{c.Id}: {problem}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void Ranking_limits_come_with_a_ranking_tag_and_a_ranking_without_a_limit_orders_a_split()
    {
        // A ranking tag without a limit is a ranking of every row (underperforming, 从低到高): it needs a split to order.
        // A conversation's tags name its follow-up kind, not each turn's categories: its turns are not held to the ranking tag.
        var wrong = Answered.Where(c => c.Turn is null)
            .Where(c => c.Tags.Contains("ranking") ? c.Expect.Query!.Limit is null && c.Expect.Query.GroupBy!.Count == 0 : c.Expect.Query!.Limit is not null)
            .Select(c => c.Id).ToArray();
        Assert.True(wrong.Length == 0, "ranking tag and limit disagree: " + string.Join(", ", wrong));
    }
}
