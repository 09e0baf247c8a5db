namespace MetricAssistant.Compiler.Plans;

/// <summary>How a metric's value is computed from aggregated components.</summary>
public abstract record MetricExpression;

/// <summary>The aggregated value of component <see cref="Index"/> of the plan.</summary>
public sealed record ComponentValue(int Index) : MetricExpression;

public sealed record ConstantValue(decimal Value) : MetricExpression;

public sealed record ArithmeticValue(char Operator, MetricExpression Left, MetricExpression Right) : MetricExpression;

public sealed record NegatedValue(MetricExpression Operand) : MetricExpression;
