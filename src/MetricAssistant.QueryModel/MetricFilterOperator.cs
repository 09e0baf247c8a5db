namespace MetricAssistant.QueryModel;

public enum MetricFilterOperator { Gt, Ge, Lt, Le, Eq, Ne }
