namespace MetricAssistant.Catalog.Model;

public enum FilterOperator { Equals, NotEquals, In, NotIn, IsNull, IsNotNull }
