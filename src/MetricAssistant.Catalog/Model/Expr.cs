namespace MetricAssistant.Catalog.Model;

/// <summary>A node of the small arithmetic language used by measures and derived metrics.</summary>
public abstract record Expr;

/// <summary>A name: a column path in a measure ("products.unit_cost"), an input in a derived metric.</summary>
public sealed record NameExpr(string Name) : Expr;

public sealed record NumberExpr(decimal Value) : Expr;

public sealed record BinaryExpr(char Operator, Expr Left, Expr Right) : Expr;

public sealed record NegateExpr(Expr Operand) : Expr;
