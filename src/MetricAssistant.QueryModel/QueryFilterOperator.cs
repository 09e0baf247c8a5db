namespace MetricAssistant.QueryModel;

public enum QueryFilterOperator { In, NotIn }
