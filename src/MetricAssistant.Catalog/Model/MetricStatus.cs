namespace MetricAssistant.Catalog.Model;

public enum MetricStatus { Draft, InReview, Published, Deprecated }
