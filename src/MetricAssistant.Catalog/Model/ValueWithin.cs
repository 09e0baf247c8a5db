namespace MetricAssistant.Catalog.Model;

/// <summary>
/// The value of a coarser dimension that a value lies inside (channel <c>tmall</c> is <c>online_offline: online</c>):
/// every row with the value has that one. Lets a question's values of both dimensions be combined without a guess.
/// </summary>
public sealed record ValueWithin(string Dimension, string Code);
