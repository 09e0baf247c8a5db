using MetricAssistant.Evals.Scoring;

namespace MetricAssistant.Evals.Tests.Harness;

public sealed class RowComparerTests
{
    [Fact]
    public void Numbers_match_within_a_relative_tolerance_whatever_their_type()
    {
        IReadOnlyList<IReadOnlyList<object?>> expected = [["east", 1234567.89m, 42L]];
        IReadOnlyList<IReadOnlyList<object?>> close = [["east", 1234567.89 * (1 + 1e-12), 42.0]];
        IReadOnlyList<IReadOnlyList<object?>> far = [["east", 1234567.89 * (1 + 1e-6), 42.0]];
        Assert.True(RowComparer.Compare(expected, close, ordered: true).Match);
        var (match, detail) = RowComparer.Compare(expected, far, ordered: true);
        Assert.False(match);
        Assert.Contains("row 1", detail);
    }

    [Fact]
    public void Unordered_rows_compare_as_a_multiset_and_ordered_rows_in_order()
    {
        IReadOnlyList<IReadOnlyList<object?>> a = [["east", 1.0], ["south", 2.0]];
        IReadOnlyList<IReadOnlyList<object?>> b = [["south", 2.0], ["east", 1.0]];
        Assert.True(RowComparer.Compare(a, b, ordered: false).Match);
        Assert.False(RowComparer.Compare(a, b, ordered: true).Match);
    }

    [Fact]
    public void Dates_nulls_and_row_counts_are_compared()
    {
        IReadOnlyList<IReadOnlyList<object?>> a = [[new DateOnly(2025, 6, 1), null]];
        IReadOnlyList<IReadOnlyList<object?>> b = [[new DateTime(2025, 6, 1), null]];
        Assert.True(RowComparer.Compare(a, b, ordered: true).Match);
        Assert.False(RowComparer.Compare(a, [], ordered: true).Match);
        Assert.False(RowComparer.Compare(a, [[new DateOnly(2025, 6, 1), 0.0]], ordered: true).Match);
    }
}
