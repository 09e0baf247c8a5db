namespace MetricAssistant.Catalog.Model;

/// <summary>
/// Which way a metric is good: more GMV is better, a higher refund rate is worse. "Best" and "worst"
/// (最好 / 最差 / 垫底) rank by it; "highest" and "lowest" rank by value whatever it says.
/// </summary>
public enum BetterDirection { Higher, Lower }
