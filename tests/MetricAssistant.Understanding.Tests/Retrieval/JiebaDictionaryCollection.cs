namespace MetricAssistant.Understanding.Tests.Retrieval;

/// <summary>Jieba is process-wide: tests that compare its total before and after run alone, so nothing else teaches it meanwhile.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class JiebaDictionaryCollection
{
    public const string Name = "jieba dictionary";
}
