namespace MetricAssistant.Understanding.Concepts;

/// <summary>What the description of a question settles: nothing, one metric, a question back among a few, or a measure the catalog lacks (with its nearest).</summary>
public enum ConceptVerdict { None, Answer, Clarify, NotFound }
