namespace MetricAssistant.Catalog.Model;

public enum MetricType { Simple, Ratio, Derived, Cumulative, Conversion }
