namespace MetricAssistant.Compiler.Queries;

public enum QueryFilterOperator { In, NotIn }
