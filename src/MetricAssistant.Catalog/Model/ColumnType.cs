namespace MetricAssistant.Catalog.Model;

public enum ColumnType { String, Integer, Decimal, Double, Date, Timestamp, Boolean }
