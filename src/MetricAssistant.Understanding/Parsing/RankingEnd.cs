namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// Which end of a ranking the question asks for. Highest and lowest are by value (最高 / 最低 / top /
/// bottom); best and worst are a judgement (最好 / 最差 / 垫底 / best / worst / underperforming) whose
/// order depends on which way the metric is good.
/// </summary>
public enum RankingEnd { Highest, Lowest, Best, Worst }
