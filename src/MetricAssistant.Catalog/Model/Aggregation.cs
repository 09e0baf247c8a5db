namespace MetricAssistant.Catalog.Model;

public enum Aggregation { Sum, Count, CountDistinct, Avg, Min, Max }
