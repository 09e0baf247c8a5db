namespace MetricAssistant.Understanding.FollowUp;

/// <summary>What part of the previous question a follow-up changed.</summary>
public enum FollowUpChange { Metric, Time, Filter, GroupBy, Grain, Ranking, Comparison, Removal }
