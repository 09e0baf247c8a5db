namespace MetricAssistant.Understanding.Retrieval;

/// <summary>One metric found by one retrieval channel: its target, best score and the document that scored it.</summary>
internal readonly record struct ChannelHit(int Target, float Score, int Document);
