using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>A ranking the question asks for: which end first and how many (null: all, ranked).</summary>
public sealed record Ranking(RankingEnd End, int? Limit, int Position)
{
    /// <summary>Whether the rows go largest first for a metric that is good in the given direction.</summary>
    public bool DescFor(BetterDirection better) => Desc(End, better);

    /// <summary>Whether an end of a ranking puts the largest first for a metric that is good in the given direction.</summary>
    public static bool Desc(RankingEnd end, BetterDirection better) => end switch
    {
        RankingEnd.Highest => true,
        RankingEnd.Lowest => false,
        RankingEnd.Best => better == BetterDirection.Higher,
        _ => better == BetterDirection.Lower,
    };
}
