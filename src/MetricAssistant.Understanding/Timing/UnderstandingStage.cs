namespace MetricAssistant.Understanding.Timing;

/// <summary>The parts of reading a question that a <see cref="StageClock"/> attributes time to.</summary>
public enum UnderstandingStage
{
    /// <summary>Normalisation, conversion windows, period-end and version words, time expressions.</summary>
    Time,
    /// <summary>Catalog terms: the lexicon scan and qualified names.</summary>
    Terms,
    /// <summary>Typo matchers: Chinese homophones, English metric names, English dimension values.</summary>
    Typos,
    /// <summary>Concept reading and the description signal's scoring (settle, re-ask, redecide, qualify, refine, describe).</summary>
    Concepts,
    /// <summary>BM25 + dense retrieval, for a question that names no metric.</summary>
    Retrieval,
    /// <summary>Everything else: the metric from names, examples, negations, slices, grain, ranking, comparison, coverage.</summary>
    Choice,
}
