using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>A ranking the question asks for: which end first and how many (null: all, ranked).</summary>
public sealed record Ranking(RankingEnd End, int? Limit, int Position)
{
    /// <summary>Whether the rows go largest first for a metric that is good in the given direction.</summary>
    public bool DescFor(BetterDirection better) => End switch
    {
        RankingEnd.Highest => true,
        RankingEnd.Lowest => false,
        RankingEnd.Best => better == BetterDirection.Higher,
        _ => better == BetterDirection.Lower,
    };
}
