using MetricAssistant.Application.Audit;
using MetricAssistant.Infrastructure.Audit;

namespace MetricAssistant.Infrastructure.Tests.Audit;

public sealed class AuditQueryRulesTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static AuditFilter Parse(string? user = null, string? status = null, string? metric = null, string? from = null, string? to = null, string? limit = null)
    {
        Assert.True(AuditQueryRules.TryParse(user, status, metric, from, to, limit, Shanghai, out var query, out var problems), string.Join(" ", problems));
        return query;
    }

    private static IReadOnlyList<string> Problems(string? from = null, string? to = null, string? limit = null, string? user = null)
    {
        Assert.False(AuditQueryRules.TryParse(user, null, null, from, to, limit, Shanghai, out _, out var problems));
        return problems;
    }

    [Fact]
    public void Empty_filters_mean_everything_with_the_default_limit()
    {
        Assert.Equal(new AuditFilter(Limit: 100), Parse("", " ", null, "", null, ""));
    }

    [Fact]
    public void Reads_filters_and_limit()
    {
        Assert.Equal(new AuditFilter("ceo", "ok", "gmv", null, null, 1000), Parse("ceo", "ok", "gmv", limit: "1000"));
    }

    [Theory]
    [InlineData("2025-07-01", "2025-07-01T00:00:00+08:00")]
    [InlineData("2025-07-01T09:30", "2025-07-01T09:30:00+08:00")]
    [InlineData("2025-07-01 09:30:15", "2025-07-01T09:30:15+08:00")]
    [InlineData("2025-07-01T09:30:15.25", "2025-07-01T09:30:15.25+08:00")]
    [InlineData("2025-07-01T01:30:00Z", "2025-07-01T01:30:00+00:00")]
    [InlineData("2025-07-01T01:30Z", "2025-07-01T01:30:00+00:00")]
    [InlineData("2025-07-01T09:30:00-05:00", "2025-07-01T09:30:00-05:00")]
    public void Reads_times_without_an_offset_in_the_organisation_zone(string text, string expected)
    {
        var parsed = Parse(from: text).From;
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, parsed!.Value.Offset);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2025-13-01")]
    [InlineData("07/01/2025")]
    [InlineData("2025-07-01T25:00")]
    public void Refuses_a_malformed_time(string text)
    {
        Assert.Contains(Problems(from: text), p => p.StartsWith("from must be an ISO 8601", StringComparison.Ordinal));
        Assert.Contains(Problems(to: text), p => p.StartsWith("to must be an ISO 8601", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    [InlineData("-5")]
    [InlineData("ten")]
    [InlineData("2.5")]
    [InlineData("99999999999")]
    public void Refuses_a_limit_outside_1_to_1000(string limit)
    {
        Assert.Contains(Problems(limit: limit), p => p.StartsWith("limit must be", StringComparison.Ordinal));
    }

    [Fact]
    public void Refuses_from_not_before_to_and_overlong_filters()
    {
        Assert.Contains(Problems(from: "2025-07-02", to: "2025-07-01"), p => p.StartsWith("from (", StringComparison.Ordinal));
        Assert.Contains(Problems(from: "2025-07-01", to: "2025-07-01"), p => p.StartsWith("from (", StringComparison.Ordinal));
        Assert.Contains(Problems(user: new string('x', 201)), p => p == "user is longer than 200 characters.");
    }

    [Fact]
    public void Names_every_problem_at_once()
    {
        Assert.Equal(2, Problems(from: "soon", limit: "0").Count);
    }
}
